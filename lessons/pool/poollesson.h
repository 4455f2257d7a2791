#pragma once

#include "widgets/lesson.h"

namespace pool {

/// The process-pool lesson as the course registers it: its `--run pool-copy` and
/// `--run pool-sweep` demos and its workers' body (`--worker pool.copy`). No panel yet: the
/// navigator shows it as coming.
const widgets::Lesson &lesson();

} // namespace pool
