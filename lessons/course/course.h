#pragma once

#include "widgets/lessonregistry.h"

namespace course {

/// The eight lessons of the course, in the order the notes teach them: what the navigator,
/// `--list-lessons`, `--run`, worker mode and the shared tests read.
const widgets::LessonRegistry &registry();

} // namespace course
