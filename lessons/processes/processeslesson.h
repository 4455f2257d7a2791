#pragma once

#include "widgets/lesson.h"

namespace processes {

/// The processes lesson as the course registers it: its `--run processes` demo and the bodies
/// its child processes run (`--worker processes.task`, `processes.myprocess`). No panel yet:
/// the navigator shows it as coming.
const widgets::Lesson &lesson();

} // namespace processes
