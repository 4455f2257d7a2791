// The stage's pacing: checkpoints, parking, grants, the Run beat, when the workers have settled.
// Its waits are in blocking.cpp. Lock order: a primitive's own mutex, then Stage::m_mutex, then the
// trace's mutex.
#include "stage.h"

#include "stageslot.h"

#include <algorithm>
#include <csignal>
#include <cstdio>

namespace stage {

namespace {

std::uint64_t nextRandom(std::uint64_t &state)
{
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

/// How often a worker standing in for a child process looks whether the child is still there.
constexpr auto ChildPoll = std::chrono::milliseconds(20);

/// False once @p pid is gone or a zombie: a child killed from outside while its parent's thread
/// waits on its behalf (parked, or sleeping for it).
bool childAlive(qint64 pid)
{
    if (pid <= 0 || ::kill(pid_t(pid), 0) != 0)
        return false;
    char path[64];
    std::snprintf(path, sizeof path, "/proc/%lld/stat", static_cast<long long>(pid));
    std::FILE *f = std::fopen(path, "r");
    if (!f)
        return false;
    char buf[512] = {};
    const std::size_t n = std::fread(buf, 1, sizeof buf - 1, f);
    std::fclose(f);
    const char *paren = nullptr;
    for (std::size_t i = 0; i < n; ++i)
        if (buf[i] == ')')
            paren = buf + i;
    return !paren || paren[2] != 'Z';
}

} // namespace

void Stage::checkpoint(Worker &w, int step, const Value *values, int count)
{
    if (stopping())
        throw Stopped{};
    const std::int64_t n = ++w.m_steps;
    if (fullSpeed()) {
        // The fast path takes no lock: only a sample of the steps is drawn.
        const std::int64_t mask =
            (std::int64_t(1) << m_sampleShift.load(std::memory_order_relaxed)) - 1;
        w.m_sampled = (n & mask) == 0;
        if (w.m_sampled)
            record(EventKind::Step, w.id(), ObjectKind::None, -1, n, values, count, step);
        return;
    }
    w.m_sampled = true;
    record(EventKind::Step, w.id(), ObjectKind::None, -1, n, values, count, step);

    Slot &s = slot(w);
    std::unique_lock lock(m_mutex);
    for (;;) {
        if (stopping()) {
            s.parked = false;
            throw Stopped{};
        }
        if (fullSpeed()) {
            s.parked = false;
            s.granted = false;
            return;
        }
        if (s.granted) {
            s.granted = false;
            s.parked = false;
            return;
        }
        if (!s.parked) {
            s.parked = true;
            s.parkedAt = m_parkCounter++;
            record(EventKind::Parked, w.id(), ObjectKind::None, -1, 0, nullptr, 0, step);
            pumpLocked();
            m_cv.notify_all(); // settle changed: the pacer and grant callers re-check
            continue;
        }
        try {
            waitLocked(s, lock, std::chrono::steady_clock::time_point::max());
        } catch (const ChildGone &) {
            s.parked = false;
            throw;
        }
    }
}

void Stage::waitLocked(Slot &s, std::unique_lock<std::mutex> &lock,
                       std::chrono::steady_clock::time_point deadline)
{
    if (s.kind != WorkerKind::Process) {
        if (deadline == std::chrono::steady_clock::time_point::max())
            m_cv.wait(lock);
        else
            m_cv.wait_until(lock, deadline);
        return;
    }
    // Nothing notifies us when the child dies while we wait for it: look now and then.
    m_cv.wait_until(lock, std::min(deadline, std::chrono::steady_clock::now() + ChildPoll));
    if (!childAlive(s.pid.load()))
        throw ChildGone{};
}

void Stage::note(Worker &w, EventKind kind, ObjectKind objectKind, int object, std::int64_t count,
                 const Value *values, int valueCount)
{
    if (recording(w))
        record(kind, w.id(), objectKind, object, count, values, valueCount);
}

bool Stage::restingLocked(const Slot &s, std::chrono::steady_clock::time_point now) const
{
    if (s.done || (s.parked && !s.granted))
        return true;
    // Blocked: cannot move until somebody else acts (or its timer runs out).
    return s.blockKind != ObjectKind::None && !s.woken &&
           (s.blockKind != ObjectKind::Timer || now < s.deadline);
}

bool Stage::turnLocked(int id) const
{
    if (fullSpeed())
        return true; // nobody replays a full-speed run
    if (m_turns.empty() || m_turns.front() != id)
        return false;
    const auto now = std::chrono::steady_clock::now();
    for (int i = 0; i < m_slotCount.load(std::memory_order_relaxed); ++i) {
        const Slot &s = *m_slots[std::size_t(i)];
        if (i != id && !restingLocked(s, now) &&
            std::find(m_turns.begin(), m_turns.end(), i) == m_turns.end())
            return false;
    }
    return true;
}

bool Stage::settledLocked() const
{
    const auto now = std::chrono::steady_clock::now();
    for (int i = 0; i < m_slotCount.load(std::memory_order_relaxed); ++i)
        if (!restingLocked(*m_slots[std::size_t(i)], now))
            return false; // between checkpoints: still moving
    return true;
}

void Stage::pumpLocked()
{
    if (fullSpeed())
        return;
    while (!m_pending.empty() && settledLocked()) {
        const int w = m_pending.front();
        m_pending.pop_front();
        Slot &s = *m_slots[std::size_t(w)];
        if (s.done || !s.parked || s.granted)
            continue; // not at a checkpoint: the grant cannot apply
        s.granted = true;
        m_applied.push_back(w);
        record(EventKind::Grant, w);
    }
}

void Stage::pacerLoop()
{
    std::unique_lock lock(m_mutex);
    auto next = std::chrono::steady_clock::now();
    for (;;) {
        if (stopping() || m_doneCount == m_slotCount.load(std::memory_order_relaxed))
            return;
        if (m_pacing.load(std::memory_order_relaxed) != Pacing::Run) {
            m_cv.wait(lock);
            next = std::chrono::steady_clock::now();
            continue;
        }
        const auto now = std::chrono::steady_clock::now();
        if (now < next) {
            m_cv.wait_until(lock, next);
            continue;
        }
        if (!m_pending.empty() || !settledLocked()) {
            // Timers run out without a notify: look again soon.
            m_cv.wait_for(lock, std::chrono::milliseconds(5));
            continue;
        }
        std::vector<int> ready;
        for (int i = 0; i < m_slotCount.load(std::memory_order_relaxed); ++i) {
            const Slot &s = *m_slots[std::size_t(i)];
            if (s.parked && !s.granted && !s.done)
                ready.push_back(i);
        }
        if (ready.empty()) {
            m_cv.wait_for(lock, std::chrono::milliseconds(5));
            continue;
        }
        // Parked order is arrival order; a seeded choice among them varies the interleaving
        // from run to run the way a real scheduler does, yet replays exactly from the seed.
        const int pick = ready[std::size_t(nextRandom(m_rng) % ready.size())];
        m_pending.push_back(pick);
        pumpLocked();
        m_cv.notify_all();
        next = now + std::chrono::microseconds(m_beatUs.load(std::memory_order_relaxed));
    }
}

void Stage::runWorker(Slot &slot)
{
    Worker &w = slot.handle;
    bool stopped = false;
    {
        std::unique_lock lock(m_mutex);
        m_cv.wait(lock, [this] { return m_go || stopping(); });
    }
    // Recorded before the start line: the trace's mutex would make workers that leave it
    // together queue (and sleep) right there, one after the other.
    if (!stopping())
        record(EventKind::WorkerStarted, w.id());
    if (slot.atStart) {
        if (m_spread)
            StartLine::pinToCpu(w.id());
        // Leave the gate together, running at the same moment (see StartLine).
        m_startLine.arrive([this] { return stopping(); });
    }
    if (stopping()) {
        stopped = true;
    } else {
        try {
            slot.body(w);
        } catch (const Stopped &) {
            stopped = true;
        }
    }
    finishWorker(slot, stopped ? EventKind::WorkerStopped : EventKind::WorkerFinished, w.m_steps);
}

void Stage::finishWorker(Slot &slot, EventKind how, std::int64_t count)
{
    Worker &w = slot.handle;
    record(how, w.id(), ObjectKind::None, -1, count, w.m_final.data(), w.m_finalCount);
    bool last = false;
    {
        std::lock_guard lock(m_mutex);
        slot.done = true;
        slot.parked = false;
        slot.blockKind = ObjectKind::None;
        for (int i = 0; i < m_slotCount.load(std::memory_order_relaxed); ++i) {
            Slot &s = *m_slots[std::size_t(i)];
            if (s.blockKind == ObjectKind::Worker &&
                (s.blockObject == w.id() || std::find(s.joinTargets.begin(), s.joinTargets.end(),
                                                      w.id()) != s.joinTargets.end()))
                s.woken = true; // its join returns
        }
        last = ++m_doneCount == m_slotCount.load(std::memory_order_relaxed);
        pumpLocked();
    }
    m_cv.notify_all();
    if (last) {
        if (m_onFinished && !stopping())
            m_onFinished();
        record(EventKind::RunFinished, -1);
    }
    // The last touch of the stage: a pool task's waiter may destroy the stage right after.
    std::lock_guard lock(m_mutex);
    slot.exited = true;
    m_cv.notify_all();
}

} // namespace stage
