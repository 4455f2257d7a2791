#pragma once

#include "widgets/lesson.h"

namespace processes {

/// The processes lesson as the course registers it: its `--run processes` demo and the bodies
/// its child processes run (`--worker processes.task`, `processes.myprocess`), and its panel.
const widgets::Lesson &lesson();

} // namespace processes
