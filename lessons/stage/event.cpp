#include "event.h"

#include <cstring>

namespace stage {

std::int64_t Event::valueOr(const char *name, std::int64_t fallback) const
{
    for (int i = 0; i < valueCount; ++i)
        if (values[i].name && std::strcmp(values[i].name, name) == 0)
            return values[i].value;
    return fallback;
}

} // namespace stage
