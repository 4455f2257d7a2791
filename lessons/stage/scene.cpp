#include "scene.h"

#include <algorithm>

namespace stage {

Scene::Scene(const StageInfo &info) : m_info(info)
{
    m_workers.resize(std::size_t(info.workers.size()));
    for (std::size_t i = 0; i < m_workers.size(); ++i)
        m_workers[i].name = info.workers[qsizetype(i)];
    for (const SharedInfo &s : info.shared)
        m_shared.push_back({s.name, s.initial});
    m_locks.resize(std::size_t(info.locks.size()));
    for (std::size_t i = 0; i < m_locks.size(); ++i)
        m_locks[i].name = info.locks[qsizetype(i)];
    m_lastOwner.assign(m_locks.size(), -1);
}

void Scene::apply(const std::vector<Event> &events)
{
    for (const Event &e : events)
        apply(e);
}

Scene Scene::foldPrefix(const StageInfo &info, const std::vector<Event> &events, std::size_t n)
{
    Scene s(info);
    for (std::size_t i = 0; i < std::min(n, events.size()); ++i)
        s.apply(events[i]);
    return s;
}

QString Scene::stepName(int step) const
{
    return step >= 0 && step < m_info.steps.size() ? m_info.steps[step] : QString();
}

void Scene::setState(int worker, WorkerState s, std::int64_t tNs)
{
    WorkerView &w = m_workers[std::size_t(worker)];
    if (w.state == s && !w.spans.empty())
        return;
    w.state = s;
    if (!w.spans.empty() && w.spans.back().t1Ns < 0)
        w.spans.back().t1Ns = tNs;
    const bool ended = s == WorkerState::Finished || s == WorkerState::Stopped ||
                       s == WorkerState::Killed || s == WorkerState::NotStarted;
    if (!ended)
        w.spans.push_back({tNs, -1, s});
}

void Scene::removeWaiter(int lock, int worker)
{
    auto &waiters = m_locks[std::size_t(lock)].waiters;
    waiters.erase(std::remove(waiters.begin(), waiters.end(), worker), waiters.end());
}

void Scene::apply(const Event &e)
{
    ++m_events;
    m_nowNs = std::max(m_nowNs, e.tNs);
    const bool hasWorker = e.worker >= 0 && e.worker < int(m_workers.size());
    const bool hasLock = e.object >= 0 && e.object < int(m_locks.size());
    auto setLocals = [&](WorkerView &w) {
        for (int i = 0; i < e.valueCount; ++i) {
            const QString name = QString::fromLatin1(e.values[std::size_t(i)].name);
            auto it = std::find_if(w.locals.begin(), w.locals.end(),
                                   [&](const NamedValue &v) { return v.name == name; });
            if (it == w.locals.end())
                w.locals.push_back({name, e.values[std::size_t(i)].value});
            else
                it->value = e.values[std::size_t(i)].value;
        }
    };

    switch (e.kind) {
    case EventKind::RunStarted:
        m_started = true;
        break;
    case EventKind::RunFinished:
        m_finished = true;
        break;
    case EventKind::WorkerStarted:
        if (hasWorker)
            setState(e.worker, WorkerState::Running, e.tNs);
        break;
    case EventKind::Step:
        if (hasWorker) {
            WorkerView &w = m_workers[std::size_t(e.worker)];
            w.step = e.step;
            w.steps = e.count;
            setLocals(w);
            if (w.state != WorkerState::Blocked)
                setState(e.worker, WorkerState::Running, e.tNs);
        }
        break;
    case EventKind::Parked:
        if (hasWorker)
            setState(e.worker, WorkerState::Ready, e.tNs);
        break;
    case EventKind::Grant:
        if (hasWorker)
            setState(e.worker, WorkerState::Running, e.tNs);
        break;
    case EventKind::WorkerFinished:
    case EventKind::WorkerStopped:
    case EventKind::WorkerKilled:
        if (hasWorker) {
            WorkerView &w = m_workers[std::size_t(e.worker)];
            w.steps = std::max(w.steps, e.count);
            setLocals(w);
            w.waitingFor = -1;
            for (std::size_t l = 0; l < m_locks.size(); ++l) {
                removeWaiter(int(l), e.worker);
                if (m_locks[l].owner == e.worker)
                    m_locks[l].owner = -1;
            }
            setState(e.worker,
                     e.kind == EventKind::WorkerFinished  ? WorkerState::Finished
                     : e.kind == EventKind::WorkerStopped ? WorkerState::Stopped
                                                          : WorkerState::Killed,
                     e.tNs);
        }
        break;
    case EventKind::SharedSet:
        if (e.object >= 0 && e.object < int(m_shared.size()))
            m_shared[std::size_t(e.object)].value = e.count;
        break;
    case EventKind::LockWait:
        if (hasWorker && hasLock) {
            m_locks[std::size_t(e.object)].waiters.push_back(e.worker);
            m_workers[std::size_t(e.worker)].waitingFor = e.object;
            setState(e.worker, WorkerState::Blocked, e.tNs);
        }
        break;
    case EventKind::LockAcquired:
        if (hasWorker && hasLock) {
            LockView &l = m_locks[std::size_t(e.object)];
            removeWaiter(e.object, e.worker);
            l.owner = e.worker;
            ++l.acquisitions;
            const int prev = m_lastOwner[std::size_t(e.object)];
            if (prev >= 0 && prev != e.worker)
                m_handoffs.push_back({e.tNs, prev, e.worker, e.object});
            WorkerView &w = m_workers[std::size_t(e.worker)];
            w.waitingFor = -1;
            if (w.state == WorkerState::Blocked)
                setState(e.worker, WorkerState::Running, e.tNs);
        }
        break;
    case EventKind::LockReleased:
        if (hasLock) {
            m_locks[std::size_t(e.object)].owner = -1;
            m_lastOwner[std::size_t(e.object)] = e.worker;
        }
        break;
    }
}

const char *stateKey(WorkerState s)
{
    switch (s) {
    case WorkerState::NotStarted:
        return "not-started";
    case WorkerState::Running:
        return "running";
    case WorkerState::Ready:
        return "ready";
    case WorkerState::Blocked:
        return "blocked";
    case WorkerState::Finished:
        return "finished";
    case WorkerState::Stopped:
        return "stopped";
    case WorkerState::Killed:
        return "killed";
    }
    return "unknown";
}

} // namespace stage
