#include "lessonpanel.h"

#include <algorithm>
#include <cmath>

namespace widgets {

int LessonPanel::beatMicroseconds(int speed)
{
    // Exponential, so the slow-motion end of the slider has as much room as the fast end.
    const double t = std::clamp(speed, 0, FullSpeed - 1) / double(FullSpeed - 1);
    return int(std::lround(2'000'000.0 * std::pow(1000.0 / 2'000'000.0, t)));
}

} // namespace widgets
