#include "trace.h"

namespace stage {

Trace::Trace() : m_t0(std::chrono::steady_clock::now()) {}

std::int64_t Trace::nowNs() const
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() -
                                                                m_t0)
        .count();
}

void Trace::append(Event e)
{
    std::lock_guard lock(m_mutex);
    // Stamp under the lock so sequence and time grow together.
    e.tNs = nowNs();
    e.seq = m_next++;
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

} // namespace stage
