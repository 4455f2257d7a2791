#include "scene.h"

#include <algorithm>

namespace stage {

namespace {

void erase(std::vector<int> &v, int x)
{
    v.erase(std::remove(v.begin(), v.end(), x), v.end());
}

NamedValue named(const Value &v)
{
    NamedValue n;
    n.name = QString::fromUtf8(v.name ? v.name : "");
    n.value = v.value;
    if (v.text) {
        n.text = QString::fromUtf8(v.text);
        n.isText = true;
    }
    return n;
}

void setValues(std::vector<NamedValue> &into, const Event &e, int from = 0)
{
    for (int i = from; i < e.valueCount; ++i) {
        NamedValue v = named(e.values[std::size_t(i)]);
        auto it = std::find_if(into.begin(), into.end(),
                               [&](const NamedValue &x) { return x.name == v.name; });
        if (it == into.end())
            into.push_back(std::move(v));
        else
            *it = std::move(v);
    }
}

QString labelOf(const Event &e)
{
    if (e.valueCount == 0)
        return {};
    const Value &v = e.values[0];
    return v.text ? QString::fromUtf8(v.text) : QString::number(v.value);
}

} // namespace

Scene::Scene(const StageInfo &info) : m_info(info)
{
    m_workers.resize(std::size_t(info.workers.size()));
    for (std::size_t i = 0; i < m_workers.size(); ++i)
        m_workers[i].name = info.workers[qsizetype(i)];
    for (const SharedInfo &s : info.shared)
        m_shared.push_back({s.name, s.initial, {}, false});
    for (const QString &l : info.locks)
        m_locks.push_back({l, -1, {}, 0});
    m_lastOwner.assign(m_locks.size(), -1);
    for (const QueueInfo &q : info.queues)
        m_queues.push_back({q.name, q.capacity, q.lifo, {}, {}, {}, 0, 0});
    for (const QString &c : info.conditions)
        m_conditions.push_back({c, {}});
    for (const QString &s : info.series)
        m_series.push_back({s, {}});
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

WorkerView *Scene::worker(int id)
{
    return id >= 0 && id < int(m_workers.size()) ? &m_workers[std::size_t(id)] : nullptr;
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

void Scene::enterPhase(WorkerView &w, const Event &e)
{
    const std::int64_t previous = w.phases.empty() ? 0 : w.phases.back().count;
    const bool contiguous = e.count == previous + 1;
    if (!w.phases.empty() && w.phases.back().t1Ns < 0) {
        w.phases.back().t1Ns = e.tNs;
        w.phases.back().endKnown = contiguous;
    }
    w.phases.push_back({e.tNs, -1, e.step, e.count, contiguous, false});
}

void Scene::block(const Event &e)
{
    WorkerView &w = m_workers[std::size_t(e.worker)];
    unblock(e.worker); // a worker waits on one thing at a time
    w.blockedKind = e.objectKind;
    w.waitingFor = e.object;
    w.blockOp = BlockOp(e.count);
    const auto id = std::size_t(e.object);
    switch (e.objectKind) {
    case ObjectKind::Lock:
        if (id < m_locks.size())
            m_locks[id].waiters.push_back(e.worker);
        break;
    case ObjectKind::Queue:
        if (id < m_queues.size())
            (w.blockOp == BlockOp::Put ? m_queues[id].putters : m_queues[id].getters)
                .push_back(e.worker);
        break;
    case ObjectKind::Condition:
        if (id < m_conditions.size())
            m_conditions[id].waiters.push_back(e.worker);
        break;
    default:
        break;
    }
    setState(e.worker, WorkerState::Blocked, e.tNs);
}

void Scene::unblock(int worker)
{
    WorkerView &w = m_workers[std::size_t(worker)];
    if (w.blockedKind == ObjectKind::None)
        return;
    for (LockView &l : m_locks)
        erase(l.waiters, worker);
    for (QueueView &q : m_queues) {
        erase(q.putters, worker);
        erase(q.getters, worker);
    }
    for (ConditionView &c : m_conditions)
        erase(c.waiters, worker);
    w.blockedKind = ObjectKind::None;
    w.waitingFor = -1;
}

void Scene::apply(const Event &e)
{
    ++m_events;
    m_nowNs = std::max(m_nowNs, e.tNs);
    if (e.kind == EventKind::WorkerAdded && e.worker >= 0 && e.worker < 100000) {
        if (std::size_t(e.worker) >= m_workers.size())
            m_workers.resize(std::size_t(e.worker) + 1);
        if (const char *name = e.textOf("name"))
            m_workers[std::size_t(e.worker)].name = QString::fromUtf8(name);
        return;
    }
    WorkerView *w = worker(e.worker);
    const auto id = std::size_t(e.object);

    switch (e.kind) {
    case EventKind::RunStarted:
        m_started = true;
        break;
    case EventKind::RunFinished:
        m_finished = true;
        break;
    case EventKind::WorkerAdded:
        break;
    case EventKind::WorkerStarted:
        if (w)
            setState(e.worker, WorkerState::Running, e.tNs);
        break;
    case EventKind::Step:
        if (w) {
            w->step = e.step;
            w->steps = e.count;
            if (e.cpu >= 0)
                w->cpu = e.cpu;
            setValues(w->locals, e);
            enterPhase(*w, e);
            unblock(e.worker); // reaching a checkpoint means it moves again
            setState(e.worker, WorkerState::Running, e.tNs);
        }
        break;
    case EventKind::Parked:
        if (w)
            setState(e.worker, WorkerState::Ready, e.tNs);
        break;
    case EventKind::Grant:
        if (w)
            setState(e.worker, WorkerState::Running, e.tNs);
        break;
    case EventKind::WorkerFinished:
    case EventKind::WorkerStopped:
    case EventKind::WorkerKilled:
        if (w) {
            if (e.kind == EventKind::WorkerKilled)
                w->signal = int(e.count);
            else
                w->steps = std::max(w->steps, e.count);
            setValues(w->locals, e);
            if (!w->phases.empty() && w->phases.back().t1Ns < 0) {
                Phase &last = w->phases.back();
                last.t1Ns = e.tNs;
                last.endKnown = last.startKnown && e.count <= last.count;
            }
            unblock(e.worker);
            for (LockView &l : m_locks)
                if (l.owner == e.worker)
                    l.owner = -1;
            setState(e.worker,
                     e.kind == EventKind::WorkerFinished  ? WorkerState::Finished
                     : e.kind == EventKind::WorkerStopped ? WorkerState::Stopped
                                                          : WorkerState::Killed,
                     e.tNs);
        }
        break;
    case EventKind::Set:
        if (e.objectKind == ObjectKind::Shared && id < m_shared.size()) {
            m_shared[id].value = e.count;
        } else if (e.objectKind == ObjectKind::Series && id < m_series.size()) {
            auto &pts = m_series[id].points;
            if (pts.size() >= MaxSeriesPoints) { // keep the whole run, at half the detail
                std::size_t k = 0;
                for (std::size_t i = 0; i < pts.size(); i += 2)
                    pts[k++] = pts[i];
                pts.resize(k);
            }
            pts.emplace_back(e.tNs, e.count);
        } else if (e.objectKind == ObjectKind::Task && e.object >= 0 && e.object < 1000000) {
            if (id >= m_tasks.size())
                m_tasks.resize(id + 1);
            TaskView &t = m_tasks[id];
            t.state = int(e.count);
            t.worker = e.worker;
            if (const char *label = e.textOf("task"))
                t.label = QString::fromUtf8(label);
        }
        break;
    case EventKind::Block:
        if (w)
            block(e);
        break;
    case EventKind::Unblock:
        if (w) {
            unblock(e.worker);
            setState(e.worker, WorkerState::Running, e.tNs);
        }
        break;
    case EventKind::Acquired:
        if (w && e.objectKind == ObjectKind::Lock && id < m_locks.size()) {
            LockView &l = m_locks[id];
            unblock(e.worker);
            l.owner = e.worker;
            ++l.acquisitions;
            const int prev = m_lastOwner[id];
            if (prev >= 0 && prev != e.worker)
                m_handoffs.push_back({e.tNs, prev, e.worker, e.object});
            if (w->state == WorkerState::Blocked)
                setState(e.worker, WorkerState::Running, e.tNs);
        }
        break;
    case EventKind::Released:
        if (e.objectKind == ObjectKind::Lock && id < m_locks.size()) {
            m_locks[id].owner = -1;
            m_lastOwner[id] = e.worker;
        }
        break;
    case EventKind::Put:
        if (e.objectKind == ObjectKind::Queue && id < m_queues.size()) {
            m_queues[id].items.append(labelOf(e));
            ++m_queues[id].puts;
        }
        break;
    case EventKind::Take:
        if (e.objectKind == ObjectKind::Queue && id < m_queues.size()) {
            QueueView &q = m_queues[id];
            if (!q.items.isEmpty()) {
                if (q.lifo)
                    q.items.removeLast();
                else
                    q.items.removeFirst();
            }
            ++q.takes;
        }
        break;
    case EventKind::Push:
        if (w) {
            Frame f;
            if (const char *fn = e.textOf("function"))
                f.function = QString::fromUtf8(fn);
            setValues(f.locals, e, 1);
            w->stack.push_back(std::move(f));
        }
        break;
    case EventKind::Pop:
        if (w && !w->stack.empty())
            w->stack.pop_back();
        break;
    case EventKind::Spawned:
        if (w) {
            w->pid = e.count;
            w->ppid = e.valueOr("ppid", 0);
            if (const char *program = e.textOf("program"))
                w->program = QString::fromUtf8(program);
        }
        break;
    case EventKind::Exited:
        if (w)
            w->exitCode = int(e.count);
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
