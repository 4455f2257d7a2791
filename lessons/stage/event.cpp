#include "event.h"

#include <cstring>
#include <mutex>
#include <string>
#include <unordered_set>

namespace stage {

namespace {

bool sameName(const char *a, const char *b)
{
    return a == b || (a && b && std::strcmp(a, b) == 0);
}

} // namespace

const char *intern(std::string_view text)
{
    // Node-based: a stored string never moves, so its c_str() stays valid for the process.
    static std::mutex mutex;
    static std::unordered_set<std::string> pool;
    std::lock_guard lock(mutex);
    return pool.emplace(text).first->c_str();
}

std::int64_t Event::valueOr(const char *name, std::int64_t fallback) const
{
    for (int i = 0; i < valueCount; ++i)
        if (sameName(values[std::size_t(i)].name, name))
            return values[std::size_t(i)].value;
    return fallback;
}

const char *Event::textOf(const char *name) const
{
    for (int i = 0; i < valueCount; ++i)
        if (sameName(values[std::size_t(i)].name, name))
            return values[std::size_t(i)].text;
    return nullptr;
}

const char *objectKindKey(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::None:
        return "none";
    case ObjectKind::Shared:
        return "shared";
    case ObjectKind::Lock:
        return "lock";
    case ObjectKind::Queue:
        return "queue";
    case ObjectKind::Condition:
        return "condition";
    case ObjectKind::Worker:
        return "worker";
    case ObjectKind::Timer:
        return "timer";
    case ObjectKind::Process:
        return "process";
    case ObjectKind::File:
        return "file";
    case ObjectKind::Socket:
        return "socket";
    case ObjectKind::Series:
        return "series";
    case ObjectKind::Task:
        return "task";
    }
    return "unknown";
}

} // namespace stage
