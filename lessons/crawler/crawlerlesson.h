#pragma once

#include "widgets/lesson.h"

namespace crawler {

/// The crawler lesson as the course registers it: its panel (the live crawl) and its
/// `--run crawler` demo.
const widgets::Lesson &lesson();

} // namespace crawler
