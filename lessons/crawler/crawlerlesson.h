#pragma once

#include "widgets/lesson.h"

namespace crawler {

/// The crawler lesson as the course registers it: no panel yet (a coming page), and its
/// `--run crawler` demo.
const widgets::Lesson &lesson();

} // namespace crawler
