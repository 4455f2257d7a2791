#pragma once

#include "widgets/lesson.h"

namespace queues {

/// The queues lesson as the course registers it: no panel yet (a coming page), and its
/// `--run queue` demo.
const widgets::Lesson &lesson();

} // namespace queues
