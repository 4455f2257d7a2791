// The stage's blocking core: every wait (a primitive's, a sleep, a join) and who may move after
// a wake-up. Lock order: a primitive's own mutex, then Stage::m_mutex, then the trace's mutex.
#include "stage.h"

#include "stageslot.h"

#include <algorithm>

namespace stage {

void Stage::sleep(Worker &w, std::chrono::microseconds duration, BlockOp op)
{
    Slot &s = slot(w);
    std::unique_lock lock(m_mutex);
    s.blockKind = ObjectKind::Timer;
    s.blockObject = -1;
    s.blockOp = op;
    s.woken = false;
    s.deadline = std::chrono::steady_clock::now() + duration;
    if (recording(w))
        record(EventKind::Block, w.id(), ObjectKind::Timer, -1, int(op));
    pumpLocked();
    m_cv.notify_all();
    while (std::chrono::steady_clock::now() < s.deadline) {
        if (stopping()) {
            s.blockKind = ObjectKind::None;
            throw Stopped{};
        }
        try {
            waitLocked(s, lock, s.deadline);
        } catch (const ChildGone &) {
            s.blockKind = ObjectKind::None;
            throw;
        }
    }
    s.blockKind = ObjectKind::None;
    if (recording(w))
        record(EventKind::Unblock, w.id(), ObjectKind::Timer, -1, int(op));
}

void Stage::join(Worker &w, int other)
{
    if (other < 0 || other >= m_slotCount.load(std::memory_order_acquire))
        return;
    Slot &s = slot(w);
    const Slot &target = *m_slots[std::size_t(other)];
    std::unique_lock lock(m_mutex);
    if (target.done)
        return;
    s.blockKind = ObjectKind::Worker;
    s.blockObject = other;
    s.blockOp = BlockOp::Join;
    s.woken = false;
    record(EventKind::Block, w.id(), ObjectKind::Worker, other, int(BlockOp::Join));
    pumpLocked();
    m_cv.notify_all();
    while (!target.done || stopping()) { // the other one may have ended because we stop
        if (stopping()) {
            s.blockKind = ObjectKind::None;
            throw Stopped{};
        }
        m_cv.wait(lock);
    }
    s.blockKind = ObjectKind::None;
    record(EventKind::Unblock, w.id(), ObjectKind::Worker, other, int(BlockOp::Join));
}

int Stage::joinAny(Worker &w, const std::vector<int> &others)
{
    const int count = m_slotCount.load(std::memory_order_acquire);
    std::vector<const Slot *> targets;
    for (int other : others)
        if (other >= 0 && other < count)
            targets.push_back(m_slots[std::size_t(other)].get());
    if (targets.empty())
        return -1;
    auto doneOne = [&targets]() -> int {
        for (const Slot *t : targets)
            if (t->done)
                return t->handle.id();
        return -1;
    };
    Slot &s = slot(w);
    std::unique_lock lock(m_mutex);
    if (const int id = doneOne(); id >= 0)
        return id;
    const int shown = targets.front()->handle.id(); // the Scene draws the wait on one of them
    s.blockKind = ObjectKind::Worker;
    s.blockObject = shown;
    s.blockOp = BlockOp::Join;
    s.woken = false;
    s.joinTargets = others;
    record(EventKind::Block, w.id(), ObjectKind::Worker, shown, int(BlockOp::Join));
    pumpLocked();
    m_cv.notify_all();
    int id = -1;
    while ((id = doneOne()) < 0 || stopping()) {
        if (stopping()) {
            s.blockKind = ObjectKind::None;
            s.joinTargets.clear();
            throw Stopped{};
        }
        m_cv.wait(lock);
    }
    s.blockKind = ObjectKind::None;
    s.joinTargets.clear();
    record(EventKind::Unblock, w.id(), ObjectKind::Worker, shown, int(BlockOp::Join));
    return id;
}

void Stage::enterBlock(Worker &w, ObjectKind kind, int object, BlockOp op)
{
    {
        std::lock_guard lock(m_mutex);
        Slot &s = slot(w);
        s.blockKind = kind;
        s.blockObject = object;
        s.blockOp = op;
        s.woken = false;
        // At full speed a worker's waits are recorded at most once per 100 µs of its time:
        // few enough to stay cheap, enough that the timeline shows it waiting (for a lock, say).
        const std::int64_t now = m_trace.nowNs();
        w.m_blockSampled = !fullSpeed() || now - w.m_lastBlockNs >= 100'000;
        if (w.m_blockSampled)
            w.m_lastBlockNs = now;
        if (w.m_blockSampled)
            record(EventKind::Block, w.id(), kind, object, int(op));
        pumpLocked();
    }
    m_cv.notify_all();
}

void Stage::reblock(Worker &w)
{
    {
        std::lock_guard lock(m_mutex);
        slot(w).woken = false;
        pumpLocked();
    }
    m_cv.notify_all();
}

void Stage::leaveBlock(Worker &w, bool recordIt)
{
    std::lock_guard lock(m_mutex);
    Slot &s = slot(w);
    if (recordIt && w.m_blockSampled)
        record(EventKind::Unblock, w.id(), s.blockKind, s.blockObject, int(s.blockOp));
    s.blockKind = ObjectKind::None;
    s.woken = false;
    std::erase(m_turns, w.id()); // stopped while waiting its turn
}

void Stage::wake(ObjectKind kind, int object, BlockOp op)
{
    std::lock_guard lock(m_mutex);
    for (int i = 0; i < m_slotCount.load(std::memory_order_relaxed); ++i) {
        Slot &s = *m_slots[std::size_t(i)];
        if (s.blockKind == kind && s.blockObject == object && s.blockOp == op)
            s.woken = true;
    }
}

void Stage::wakeInTurn(ObjectKind kind, int object, BlockOp op, int worker)
{
    if (worker < 0 || worker >= m_slotCount.load(std::memory_order_acquire))
        return;
    std::lock_guard lock(m_mutex);
    Slot &s = *m_slots[std::size_t(worker)];
    if (s.blockKind != kind || s.blockObject != object || s.blockOp != op || s.woken)
        return;
    s.woken = true;
    if (!fullSpeed())
        m_turns.push_back(worker);
}

void Stage::awaitTurn(Worker &w, std::unique_lock<std::mutex> &lk)
{
    std::unique_lock lock(m_mutex);
    if (std::find(m_turns.begin(), m_turns.end(), w.id()) == m_turns.end())
        return;
    if (!turnLocked(w.id())) {
        // The one who woke us may need the primitive's mutex before it settles.
        lk.unlock();
        m_cv.wait(lock, [&] { return stopping() || turnLocked(w.id()); });
        std::erase(m_turns, w.id());
        lock.unlock();
        lk.lock();
        return;
    }
    std::erase(m_turns, w.id());
}

} // namespace stage
