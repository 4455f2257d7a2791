#pragma once

#include "widgets/lesson.h"

namespace skeleton {

/// The skeleton lesson as a registry lists it: its panel, its `--run count` demo and its
/// child-process worker "skeleton.count".
const widgets::Lesson &lesson();

} // namespace skeleton
