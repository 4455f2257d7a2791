#include "stage.h"

#include <algorithm>

namespace stage {

void Worker::at(int step, std::initializer_list<Value> values)
{
    m_stage->checkpoint(*this, step, values);
}

void Worker::wrote(int shared, std::int64_t value)
{
    if (m_stage->fullSpeed())
        return; // at full speed only the sampled steps and the final totals are drawn
    const Value v{"value", value};
    m_stage->record(EventKind::SharedSet, m_id, -1, shared, value, &v, 1);
}

void Worker::finish(std::initializer_list<Value> values)
{
    m_finalCount = 0;
    for (const Value &v : values)
        if (m_finalCount < Event::MaxValues)
            m_final[m_finalCount++] = v;
}

Stage::Stage() = default;

Stage::~Stage()
{
    stop();
}

int Stage::addShared(const QString &name, std::int64_t initial)
{
    m_info.shared.push_back({name, initial});
    return int(m_info.shared.size()) - 1;
}

int Stage::addLock(const QString &name)
{
    m_info.locks.append(name);
    m_lockOwner.push_back(std::make_unique<std::atomic<int>>(-1));
    return int(m_info.locks.size()) - 1;
}

void Stage::setSteps(const QStringList &names)
{
    m_info.steps = names;
}

int Stage::addWorker(const QString &name, Body body)
{
    auto slot = std::make_unique<Slot>();
    slot->name = name;
    slot->body = std::move(body);
    slot->handle.m_stage = this;
    slot->handle.m_id = int(m_slots.size());
    m_slots.push_back(std::move(slot));
    m_info.workers.append(name);
    return int(m_slots.size()) - 1;
}

void Stage::setOnFinished(std::function<void()> hook)
{
    m_onFinished = std::move(hook);
}

StageInfo Stage::info() const
{
    return m_info;
}

void Stage::start()
{
    {
        std::lock_guard lock(m_mutex);
        if (m_started)
            return;
        m_started = true;
    }
    record(EventKind::RunStarted, -1);
    for (std::size_t i = 0; i < m_slots.size(); ++i)
        m_slots[i]->thread = std::thread([this, i] { runWorker(int(i)); });
    {
        // Open the gate only once every thread exists, so the workers really overlap.
        std::lock_guard lock(m_mutex);
        m_go = true;
    }
    m_cv.notify_all();
    if (m_slots.empty())
        record(EventKind::RunFinished, -1);
}

void Stage::stop()
{
    m_stopping.store(true, std::memory_order_release);
    {
        std::lock_guard lock(m_mutex); // pairs with the waits' predicate checks
        m_pending.clear();
    }
    m_cv.notify_all();
    wait();
}

void Stage::wait()
{
    for (auto &slot : m_slots)
        if (slot->thread.joinable())
            slot->thread.join();
}

bool Stage::isRunning() const
{
    std::lock_guard lock(m_mutex);
    return m_started && m_doneCount < int(m_slots.size());
}

bool Stage::isFinished() const
{
    std::lock_guard lock(m_mutex);
    return m_started && m_doneCount == int(m_slots.size());
}

void Stage::setPacing(Pacing p)
{
    {
        std::lock_guard lock(m_mutex);
        m_pacing.store(p, std::memory_order_relaxed);
        if (p == Pacing::Run || p == Pacing::FullSpeed)
            m_pending.clear(); // grants only mean something while workers are parked
        pumpLocked();
    }
    m_cv.notify_all();
}

Pacing Stage::pacing() const
{
    return m_pacing.load(std::memory_order_relaxed);
}

void Stage::setBeat(std::chrono::microseconds beat)
{
    {
        std::lock_guard lock(m_mutex);
        m_beatUs.store(std::max<std::int64_t>(0, beat.count()), std::memory_order_relaxed);
    }
    m_cv.notify_all();
}

void Stage::setSampleShift(int shift)
{
    m_sampleShift.store(std::clamp(shift, 0, 30), std::memory_order_relaxed);
}

bool Stage::grant(int worker)
{
    if (worker < 0 || worker >= int(m_slots.size()))
        return false;
    {
        std::lock_guard lock(m_mutex);
        if (m_slots[worker]->done)
            return false;
        if (m_pending.empty() && settledLocked() && !m_slots[worker]->parked)
            return false; // blocked on a lock (or not yet arrived): nothing to grant
        m_pending.push_back(worker);
        pumpLocked();
    }
    m_cv.notify_all();
    return true;
}

bool Stage::stepOnce()
{
    int best = -1;
    {
        std::lock_guard lock(m_mutex);
        std::uint64_t oldest = UINT64_MAX;
        for (std::size_t i = 0; i < m_slots.size(); ++i) {
            const Slot &s = *m_slots[i];
            if (s.parked && !s.granted && s.parkedAt < oldest) {
                oldest = s.parkedAt;
                best = int(i);
            }
        }
    }
    return best >= 0 && grant(best);
}

std::vector<int> Stage::readyWorkers() const
{
    std::vector<std::pair<std::uint64_t, int>> parked;
    {
        std::lock_guard lock(m_mutex);
        for (std::size_t i = 0; i < m_slots.size(); ++i)
            if (m_slots[i]->parked && !m_slots[i]->granted)
                parked.emplace_back(m_slots[i]->parkedAt, int(i));
    }
    std::sort(parked.begin(), parked.end());
    std::vector<int> out;
    for (const auto &p : parked)
        out.push_back(p.second);
    return out;
}

bool Stage::isSettled() const
{
    std::lock_guard lock(m_mutex);
    return m_pending.empty() && settledLocked();
}

std::vector<int> Stage::grants() const
{
    std::lock_guard lock(m_mutex);
    return m_applied;
}

void Stage::recordShared(int shared, std::int64_t value, int worker)
{
    const Value v{"value", value};
    record(EventKind::SharedSet, worker, -1, shared, value, &v, 1);
}

void Stage::lockWaiting(int worker, int lock)
{
    m_slots[worker]->blockedOn.store(lock, std::memory_order_release);
    if (fullSpeed())
        return;
    record(EventKind::LockWait, worker, -1, lock);
    std::lock_guard g(m_mutex);
    pumpLocked(); // a worker blocked on a held lock counts as settled
    m_cv.notify_all();
}

void Stage::lockAcquired(int worker, int lock)
{
    m_lockOwner[lock]->store(worker, std::memory_order_release);
    m_slots[worker]->blockedOn.store(-1, std::memory_order_release);
    if (!fullSpeed())
        record(EventKind::LockAcquired, worker, -1, lock);
}

void Stage::lockReleased(int worker, int lock)
{
    if (!fullSpeed())
        record(EventKind::LockReleased, worker, -1, lock);
    m_lockOwner[lock]->store(-1, std::memory_order_release);
}

void Stage::record(EventKind kind, int worker, int step, int object, std::int64_t count,
                   const Value *values, int valueCount)
{
    Event e;
    e.kind = kind;
    e.worker = worker;
    e.step = step;
    e.object = object;
    e.count = count;
    e.valueCount = std::min(valueCount, Event::MaxValues);
    for (int i = 0; i < e.valueCount; ++i)
        e.values[i] = values[i];
    m_trace.append(e);
}

void Stage::checkpoint(Worker &w, int step, std::initializer_list<Value> values)
{
    if (m_stopping.load(std::memory_order_acquire))
        throw Stopped{};
    const std::int64_t n = ++w.m_steps;
    const int count = int(std::min<std::size_t>(values.size(), Event::MaxValues));
    if (fullSpeed()) {
        // The fast path takes no lock: only a sample of the steps is drawn.
        const std::int64_t mask =
            (std::int64_t(1) << m_sampleShift.load(std::memory_order_relaxed)) - 1;
        if ((n & mask) == 0)
            record(EventKind::Step, w.m_id, step, -1, n, values.begin(), count);
        return;
    }
    record(EventKind::Step, w.m_id, step, -1, n, values.begin(), count);

    Slot &slot = *m_slots[w.m_id];
    std::unique_lock lock(m_mutex);
    auto deadline = std::chrono::steady_clock::now() +
                    std::chrono::microseconds(m_beatUs.load(std::memory_order_relaxed));
    for (;;) {
        if (m_stopping.load(std::memory_order_relaxed)) {
            slot.parked = false;
            throw Stopped{};
        }
        const Pacing p = m_pacing.load(std::memory_order_relaxed);
        if (p == Pacing::FullSpeed) {
            slot.parked = false;
            slot.granted = false;
            return;
        }
        if (p == Pacing::Run) {
            slot.parked = false;
            slot.granted = false;
            const auto beat = std::chrono::microseconds(m_beatUs.load(std::memory_order_relaxed));
            deadline = std::min(deadline, std::chrono::steady_clock::now() + beat);
            if (std::chrono::steady_clock::now() >= deadline)
                return;
            m_cv.wait_until(lock, deadline);
            continue;
        }
        if (slot.granted) {
            slot.granted = false;
            slot.parked = false;
            return;
        }
        if (!slot.parked) {
            slot.parked = true;
            slot.parkedAt = m_parkCounter++;
            record(EventKind::Parked, w.m_id, step);
            pumpLocked();
            m_cv.notify_all(); // settle changed: let setPacing/grant callers' pumps run
            continue;
        }
        m_cv.wait(lock);
    }
}

void Stage::runWorker(int id)
{
    Slot &slot = *m_slots[id];
    Worker &w = slot.handle;
    bool stopped = false;
    {
        std::unique_lock lock(m_mutex);
        m_cv.wait(lock, [this] { return m_go || m_stopping.load(std::memory_order_relaxed); });
    }
    if (m_stopping.load(std::memory_order_acquire)) {
        stopped = true;
    } else {
        record(EventKind::WorkerStarted, id);
        try {
            slot.body(w);
        } catch (const Stopped &) {
            stopped = true;
        }
    }
    record(stopped ? EventKind::WorkerStopped : EventKind::WorkerFinished, id, -1, -1, w.m_steps,
           w.m_final.data(), w.m_finalCount);
    bool last = false;
    {
        std::lock_guard lock(m_mutex);
        slot.done = true;
        slot.parked = false;
        last = ++m_doneCount == int(m_slots.size());
        pumpLocked();
    }
    m_cv.notify_all();
    if (last) {
        if (m_onFinished && !m_stopping.load(std::memory_order_acquire))
            m_onFinished();
        record(EventKind::RunFinished, -1);
    }
}

bool Stage::settledLocked() const
{
    for (const auto &s : m_slots) {
        if (s->done || (s->parked && !s->granted))
            continue;
        const int lock = s->blockedOn.load(std::memory_order_acquire);
        if (lock >= 0) {
            const int owner = m_lockOwner[lock]->load(std::memory_order_acquire);
            if (owner >= 0 && owner != int(&s - &m_slots[0]))
                continue; // waits for a lock somebody holds: cannot move until that one steps
        }
        return false; // between checkpoints: still moving
    }
    return true;
}

void Stage::pumpLocked()
{
    const Pacing p = m_pacing.load(std::memory_order_relaxed);
    if (p != Pacing::Paused && p != Pacing::Scheduler)
        return;
    while (!m_pending.empty() && settledLocked()) {
        const int w = m_pending.front();
        m_pending.pop_front();
        Slot &s = *m_slots[w];
        if (s.done || !s.parked || s.granted)
            continue; // not at a checkpoint: the grant cannot apply
        s.granted = true;
        m_applied.push_back(w);
        record(EventKind::Grant, w);
    }
}

void StageMutex::lock(Worker &w)
{
    if (!m_mutex.try_lock()) {
        m_stage.lockWaiting(w.id(), m_id);
        m_mutex.lock();
    }
    m_stage.lockAcquired(w.id(), m_id);
}

void StageMutex::unlock(Worker &w)
{
    m_stage.lockReleased(w.id(), m_id);
    m_mutex.unlock();
}

} // namespace stage
