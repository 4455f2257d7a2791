#pragma once

#include "event.h"

#include <atomic>
#include <chrono>
#include <cstddef>
#include <mutex>
#include <vector>

namespace stage {

/// The event log of one run. Workers append (thread-safe, no allocation beyond the vectors'
/// growth); the GUI drains it on its frame timer. Bounded: past capacity() undrained events,
/// steps and sampled lock traffic are counted as dropped, and a worker's pushes and pops are
/// folded to the net change of its stack (the pops of frames stored before, then the frames
/// still pushed), so a run nobody drains cannot grow without end and the Scene still folds
/// every stack right.
class Trace
{
public:
    /// A trace whose clock starts now.
    Trace();

    /// Stamps @p e with its sequence number and time, then stores it.
    void append(Event e);
    /// Takes every event stored since the last drain, in sequence order.
    std::vector<Event> drain();
    /// How many events were ever appended (dropped ones included).
    std::uint64_t total() const;
    /// How many events were dropped because nobody drained them.
    std::uint64_t dropped() const;
    /// Nanoseconds since the trace was created (or restartClock()).
    std::int64_t nowNs() const;
    /// Time zero is now: a run's clock starts when it starts, not when it was set up.
    void restartClock();
    /// Most undrained events kept before droppable ones are dropped.
    static constexpr std::size_t capacity() { return 256 * 1024; }
    /// True for events a Scene can do without (a later event of the worker supersedes them).
    static bool droppable(const Event &e);
    /// Undrained events held back as stack changes past capacity() (at most the deepest
    /// stack per worker).
    std::size_t heldStackEvents() const;

private:
    /// One worker's stack events past capacity(), folded to their net effect.
    struct StackTail
    {
        std::size_t storedDepth = 0; ///< frames on the stack after the events stored so far
        std::vector<Event> pops;     ///< pops of stored frames (never more than storedDepth)
        std::vector<Event> pushes;   ///< frames pushed since and not popped yet, bottom first
    };

    void foldStackEvent(const Event &e);

    std::atomic<std::chrono::steady_clock::rep> m_t0;
    mutable std::mutex m_mutex;
    std::vector<Event> m_pending;
    std::vector<StackTail> m_stacks; ///< by worker id
    std::size_t m_held = 0;          ///< events in m_stacks' pops and pushes
    std::uint64_t m_next = 0;
    std::uint64_t m_dropped = 0;
};

} // namespace stage
