#pragma once

#include "widgets/lesson.h"

namespace threads {

/// The threads lesson as the course registers it: its panel and its `--run threads` demo.
const widgets::Lesson &lesson();

} // namespace threads
