#pragma once

#include "widgets/lesson.h"

namespace queues {

/// The queues lesson as the course registers it: its panel (the queue console) and its
/// `--run queue` demo.
const widgets::Lesson &lesson();

} // namespace queues
