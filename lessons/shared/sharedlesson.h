#pragma once

#include "widgets/lesson.h"

namespace shared {

/// The shared lesson as the course registers it: its panel.
const widgets::Lesson &lesson();

} // namespace shared
