#include "trace.h"

namespace stage {

Trace::Trace() : m_t0(std::chrono::steady_clock::now().time_since_epoch().count()) {}

std::int64_t Trace::nowNs() const
{
    const auto t0 = std::chrono::steady_clock::time_point(
        std::chrono::steady_clock::duration(m_t0.load(std::memory_order_relaxed)));
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() -
                                                                t0)
        .count();
}

void Trace::restartClock()
{
    m_t0.store(std::chrono::steady_clock::now().time_since_epoch().count(),
               std::memory_order_relaxed);
}

bool Trace::droppable(const Event &e)
{
    if (e.worker < 0)
        return false; // stage-wide events (final totals) always stay
    switch (e.kind) {
    case EventKind::Step:
    case EventKind::Parked:
    case EventKind::Grant:
    case EventKind::Acquired:
    case EventKind::Released:
    case EventKind::Block:
    case EventKind::Unblock:
    case EventKind::Set:
        return true;
    default:
        return false;
    }
}

void Trace::append(Event e)
{
    std::lock_guard lock(m_mutex);
    // Stamp under the lock so sequence and time grow together.
    e.tNs = nowNs();
    e.seq = m_next++;
    if (m_pending.size() >= capacity() && droppable(e)) {
        ++m_dropped;
        return;
    }
    m_pending.push_back(e);
}

std::vector<Event> Trace::drain()
{
    std::vector<Event> out;
    std::lock_guard lock(m_mutex);
    out.swap(m_pending);
    return out;
}

std::uint64_t Trace::total() const
{
    std::lock_guard lock(m_mutex);
    return m_next;
}

std::uint64_t Trace::dropped() const
{
    std::lock_guard lock(m_mutex);
    return m_dropped;
}

} // namespace stage
