#include "trace.h"

#include <algorithm>

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

namespace {

bool isStackEvent(const Event &e)
{
    return e.worker >= 0 && (e.kind == EventKind::Push || e.kind == EventKind::Pop);
}

bool bySeq(const Event &a, const Event &b)
{
    return a.seq < b.seq;
}

} // namespace

void Trace::append(Event e)
{
    std::lock_guard lock(m_mutex);
    // Stamp under the lock so sequence and time grow together.
    e.tNs = nowNs();
    e.seq = m_next++;
    const bool stack = isStackEvent(e);
    if (stack && std::size_t(e.worker) >= m_stacks.size())
        m_stacks.resize(std::size_t(e.worker) + 1);
    if (m_pending.size() >= capacity()) {
        if (droppable(e)) {
            ++m_dropped;
            return;
        }
        if (stack) {
            foldStackEvent(e);
            return;
        }
    } else if (stack) {
        // Follow the stack as the Scene will fold it (a pop of an empty stack does nothing),
        // so the folded tail never pops a frame the Scene does not have.
        std::size_t &depth = m_stacks[std::size_t(e.worker)].storedDepth;
        if (e.kind == EventKind::Push)
            ++depth;
        else if (depth > 0)
            --depth;
    }
    m_pending.push_back(e);
}

void Trace::foldStackEvent(const Event &e)
{
    StackTail &t = m_stacks[std::size_t(e.worker)];
    if (e.kind == EventKind::Push) {
        t.pushes.push_back(e);
        ++m_held;
    } else if (!t.pushes.empty()) {
        // A frame pushed and popped while nobody drained: neither changes what is drawn.
        t.pushes.pop_back();
        --m_held;
        m_dropped += 2;
    } else if (t.pops.size() < t.storedDepth) {
        t.pops.push_back(e);
        ++m_held;
    } else {
        ++m_dropped; // a pop of an empty stack: the Scene ignores it too
    }
}

std::vector<Event> Trace::drain()
{
    std::vector<Event> out;
    std::vector<Event> held;
    {
        std::lock_guard lock(m_mutex);
        out.swap(m_pending);
        if (m_held > 0) {
            held.reserve(m_held);
            for (StackTail &t : m_stacks) {
                // Every kept pop came before every kept push (a pop after a push cancels it).
                held.insert(held.end(), t.pops.begin(), t.pops.end());
                held.insert(held.end(), t.pushes.begin(), t.pushes.end());
                t.storedDepth = t.storedDepth - t.pops.size() + t.pushes.size();
                t.pops.clear();
                t.pushes.clear();
            }
            m_held = 0;
        }
    }
    if (!held.empty()) {
        // Back into sequence order among the events stored meanwhile.
        std::sort(held.begin(), held.end(), bySeq);
        const auto mid = std::ptrdiff_t(out.size());
        out.insert(out.end(), held.begin(), held.end());
        std::inplace_merge(out.begin(), out.begin() + mid, out.end(), bySeq);
    }
    return out;
}

std::size_t Trace::heldStackEvents() const
{
    std::lock_guard lock(m_mutex);
    return m_held;
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
