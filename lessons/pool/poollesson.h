#pragma once

#include "widgets/lesson.h"

namespace pool {

/// The process-pool lesson as the course registers it: its `--run pool-copy` and
/// `--run pool-sweep` demos, its workers' body (`--worker pool.copy`) and its panel.
const widgets::Lesson &lesson();

} // namespace pool
