#include "stage.h"

#include "stageslot.h"

#include <QRunnable>
#include <QThreadPool>
#include <algorithm>
#include <csignal>
#include <sched.h>

namespace stage {

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
    return int(m_info.locks.size()) - 1;
}

int Stage::addQueue(const QString &name, int capacity, bool lifo)
{
    m_info.queues.push_back({name, std::max(0, capacity), lifo});
    return int(m_info.queues.size()) - 1;
}

int Stage::addCondition(const QString &name)
{
    m_info.conditions.append(name);
    return int(m_info.conditions.size()) - 1;
}

int Stage::addSeries(const QString &name)
{
    m_info.series.append(name);
    return int(m_info.series.size()) - 1;
}

void Stage::setSteps(const QStringList &names)
{
    m_info.steps = names;
}

int Stage::addWorker(const QString &name, Body body)
{
    return addSlot(name, WorkerKind::Thread, std::move(body), nullptr, {});
}

int Stage::addPoolTask(const QString &name, Body body, QThreadPool *pool)
{
    return addSlot(name, WorkerKind::PoolTask, std::move(body),
                   pool ? pool : QThreadPool::globalInstance(), {});
}

int Stage::addProcess(const QString &name, const ProcessSpec &spec)
{
    return addSlot(name, WorkerKind::Process, {}, nullptr, spec);
}

int Stage::addSlot(const QString &name, WorkerKind kind, Body body, QThreadPool *pool,
                   const ProcessSpec &spec)
{
    Slot *added = nullptr;
    bool running = false;
    {
        std::lock_guard lock(m_mutex);
        const int id = m_slotCount.load(std::memory_order_relaxed);
        if (id >= MaxWorkers || stopping())
            return -1;
        auto slot = std::make_unique<Slot>(this, id);
        slot->name = name;
        slot->kind = kind;
        slot->body = std::move(body);
        slot->pool = pool;
        slot->spec = spec;
        added = slot.get();
        m_slots[std::size_t(id)] = std::move(slot);
        m_slotCount.store(id + 1, std::memory_order_release);
        running = m_started;
        if (!running)
            m_info.workers.append(name);
    }
    if (running) {
        const Value v[] = {Value::str("name", name.toStdString()), {"kind", int(kind)}};
        record(EventKind::WorkerAdded, added->handle.id(), ObjectKind::None, -1, 0, v, 2);
        launch(*added);
    }
    return added->handle.id();
}

void Stage::launch(Slot &slot)
{
    {
        std::lock_guard lock(m_mutex);
        slot.launched = true;
    }
    if (slot.kind == WorkerKind::PoolTask) {
        Slot *s = &slot;
        slot.pool->start([this, s] { runWorker(*s); });
    } else {
        slot.thread = std::thread([this, &slot] {
            if (slot.kind == WorkerKind::Process)
                runProcess(slot);
            else
                runWorker(slot);
        });
    }
}

void Stage::setOnFinished(std::function<void()> hook)
{
    m_onFinished = std::move(hook);
}

StageInfo Stage::info() const
{
    std::lock_guard lock(m_mutex);
    return m_info;
}

void Stage::start()
{
    int count = 0;
    {
        std::lock_guard lock(m_mutex);
        if (m_started)
            return;
        m_started = true;
        count = m_slotCount.load(std::memory_order_relaxed);
    }
    m_trace.restartClock(); // the timeline's zero is Play, not the moment the run was set up
    record(EventKind::RunStarted, -1);
    for (int i = 0; i < count; ++i) {
        Slot &s = *m_slots[std::size_t(i)];
        // Pool tasks may queue behind each other, so only threads wait for one another.
        s.atStart = s.kind == WorkerKind::Thread;
        m_startCount += s.atStart ? 1 : 0;
    }
    m_startLine.reset(m_startCount);
    for (int i = 0; i < count; ++i)
        launch(*m_slots[std::size_t(i)]);
    {
        // Open the gate only once every thread exists, so the workers really overlap.
        std::lock_guard lock(m_mutex);
        m_go = true;
        m_rng = m_seed;
    }
    m_cv.notify_all();
    m_pacer = std::thread([this] { pacerLoop(); });
    if (count == 0)
        record(EventKind::RunFinished, -1);
}

void Stage::stop()
{
    m_stopping.store(true, std::memory_order_release);
    {
        std::lock_guard hooks(m_hookMutex);
        for (auto &[handle, hook] : m_hooks)
            hook();
    }
    {
        std::lock_guard lock(m_mutex); // pairs with the waits' predicate checks
        m_pending.clear();
    }
    m_cv.notify_all();
    const int count = m_slotCount.load(std::memory_order_acquire);
    for (int i = 0; i < count; ++i) {
        Slot &s = *m_slots[std::size_t(i)];
        if (s.kind == WorkerKind::Process && s.pid.load() > 0) {
            s.killed.store(true);
            ::kill(pid_t(s.pid.load()), SIGKILL); // its thread reaps it and reports "stopped"
        }
    }
    wait();
}

void Stage::wait()
{
    for (int i = 0; i < m_slotCount.load(std::memory_order_acquire); ++i) {
        Slot &s = *m_slots[std::size_t(i)];
        if (s.thread.joinable())
            s.thread.join();
        if (s.kind == WorkerKind::PoolTask) {
            std::unique_lock lock(m_mutex);
            m_cv.wait(lock, [&s] { return s.exited || !s.launched; });
        }
    }
    if (m_pacer.joinable())
        m_pacer.join(); // it ends once every worker is done or the stage stops
}

bool Stage::isRunning() const
{
    std::lock_guard lock(m_mutex);
    return m_started && m_doneCount < m_slotCount.load(std::memory_order_relaxed);
}

bool Stage::isFinished() const
{
    std::lock_guard lock(m_mutex);
    return m_started && m_doneCount == m_slotCount.load(std::memory_order_relaxed);
}

void Stage::setPacing(Pacing p)
{
    {
        std::lock_guard lock(m_mutex);
        m_pacing.store(p, std::memory_order_relaxed);
        if (p == Pacing::FullSpeed)
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

void Stage::setSeed(std::uint64_t seed)
{
    std::lock_guard lock(m_mutex);
    m_seed = seed;
    if (!m_go)
        m_rng = seed;
}

std::uint64_t Stage::seed() const
{
    std::lock_guard lock(m_mutex);
    return m_seed;
}

bool Stage::grant(int worker)
{
    if (worker < 0 || worker >= m_slotCount.load(std::memory_order_acquire))
        return false;
    {
        std::lock_guard lock(m_mutex);
        const Slot &s = *m_slots[std::size_t(worker)];
        if (s.done)
            return false;
        if (m_pending.empty() && settledLocked() && !s.parked)
            return false; // blocked (or not yet arrived): nothing to grant
        m_pending.push_back(worker);
        pumpLocked();
    }
    m_cv.notify_all();
    return true;
}

bool Stage::stepOnce()
{
    const std::vector<int> ready = readyWorkers();
    return !ready.empty() && grant(ready.front());
}

std::vector<int> Stage::readyWorkers() const
{
    std::vector<std::pair<std::uint64_t, int>> parked;
    {
        std::lock_guard lock(m_mutex);
        for (int i = 0; i < m_slotCount.load(std::memory_order_relaxed); ++i) {
            const Slot &s = *m_slots[std::size_t(i)];
            if (s.parked && !s.granted && !s.done)
                parked.emplace_back(s.parkedAt, i);
        }
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
    record(EventKind::Set, worker, ObjectKind::Shared, shared, value);
}

void Stage::record(EventKind kind, int worker, ObjectKind objectKind, int object,
                   std::int64_t count, const Value *values, int valueCount, int step)
{
    Event e;
    e.kind = kind;
    e.worker = worker;
    e.objectKind = objectKind;
    e.step = step;
    e.object = object;
    e.count = count;
    e.valueCount = std::clamp(valueCount, 0, Event::MaxValues);
    for (int i = 0; i < e.valueCount; ++i)
        e.values[std::size_t(i)] = values[i];
    if (kind == EventKind::Step)
        e.cpu = std::int16_t(sched_getcpu());
    m_trace.append(e);
}

qint64 Stage::processId(int worker) const
{
    if (worker < 0 || worker >= m_slotCount.load(std::memory_order_acquire))
        return 0;
    return m_slots[std::size_t(worker)]->pid.load();
}

bool Stage::kill(int worker, int signal)
{
    const qint64 pid = processId(worker);
    return pid > 0 && ::kill(pid_t(pid), signal) == 0;
}

WorkerKind Stage::workerKind(int worker) const
{
    return m_slots[std::size_t(worker)]->kind;
}

ObjectKind Stage::blockedOn(int worker) const
{
    if (worker < 0 || worker >= m_slotCount.load(std::memory_order_acquire))
        return ObjectKind::None;
    std::lock_guard lock(m_mutex);
    const Slot &s = *m_slots[std::size_t(worker)];
    return s.woken ? ObjectKind::None : s.blockKind;
}

bool Stage::recording(const Worker &w) const
{
    return !fullSpeed() || w.m_sampled;
}

int Stage::addStopHook(std::function<void()> hook)
{
    std::lock_guard lock(m_hookMutex);
    m_hooks.emplace(m_nextHook, std::move(hook));
    return m_nextHook++;
}

void Stage::removeStopHook(int handle)
{
    std::lock_guard lock(m_hookMutex);
    m_hooks.erase(handle);
}

} // namespace stage
