#pragma once

#include "event.h"

#include <chrono>
#include <mutex>
#include <vector>

namespace stage {

/// The event log of one run. Workers append (thread-safe, no allocation beyond the vector's
/// growth); the GUI drains it on its frame timer.
class Trace
{
public:
    /// A trace whose clock starts now.
    Trace();

    /// Stamps @p e with its sequence number and time, then stores it.
    void append(Event e);
    /// Takes every event stored since the last drain, in order.
    std::vector<Event> drain();
    /// How many events were ever appended.
    std::uint64_t total() const;
    /// Nanoseconds since the trace was created.
    std::int64_t nowNs() const;

private:
    const std::chrono::steady_clock::time_point m_t0;
    mutable std::mutex m_mutex;
    std::vector<Event> m_pending;
    std::uint64_t m_next = 0;
};

} // namespace stage
