#pragma once

#include "widgets/lesson.h"

namespace multitasking {

/// The multitasking lesson as the course registers it: its panel and its `--run tasks` demo.
const widgets::Lesson &lesson();

} // namespace multitasking
