#pragma once

#include "widgets/lesson.h"

namespace locks {

/// The locks lesson as the course registers it: its panel and its `--run race` demo.
const widgets::Lesson &lesson();

} // namespace locks
