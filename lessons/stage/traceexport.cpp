#include "traceexport.h"

#include "scene.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace stage {

namespace {

constexpr int Pid = 1;

double toUs(std::int64_t ns)
{
    return double(ns) / 1000.0;
}

/// One trace event before ordering. Spans sort before instants at the same time so viewers
/// nest the instant inside the span that starts with it.
struct Record
{
    double ts = 0;
    int priority = 1;
    std::size_t seq = 0;
    QJsonObject object;
};

QString workerName(const StageInfo &info, int worker)
{
    const QString name = worker < info.workers.size() ? info.workers[worker] : QString();
    return name.isEmpty() ? QStringLiteral("worker %1").arg(worker) : name;
}

QString lockName(const StageInfo &info, int lock)
{
    const QString name = lock >= 0 && lock < info.locks.size() ? info.locks[lock] : QString();
    return name.isEmpty() ? QStringLiteral("lock %1").arg(lock) : name;
}

QJsonObject valuesToArgs(const Event &e)
{
    QJsonObject args;
    for (int i = 0; i < std::min(e.valueCount, Event::MaxValues); ++i) {
        const Value &v = e.values[std::size_t(i)];
        const QString name = v.name ? QString::fromLatin1(v.name) : QStringLiteral("v%1").arg(i);
        if (v.text)
            args.insert(name, QString::fromUtf8(v.text));
        else
            args.insert(name, qint64(v.value));
    }
    return args;
}

QJsonObject metadata(const char *name, int tid, const QJsonObject &args)
{
    return {{"name", QLatin1String(name)}, {"ph", "M"}, {"pid", Pid}, {"tid", tid}, {"args", args}};
}

} // namespace

QByteArray toChromeTraceJson(const StageInfo &info, const std::vector<Event> &events,
                             const QString &processName)
{
    const int workerCount = int(info.workers.size());
    // Stage-wide events live on the first track: viewers need a thread for every event.
    auto tidOf = [&](int worker) { return worker >= 0 && worker < workerCount ? worker + 1 : 1; };
    auto known = [&](int worker) { return worker >= 0 && worker < workerCount; };

    std::vector<Record> records;
    auto add = [&](std::int64_t tNs, int priority, QJsonObject object) {
        object.insert("pid", Pid);
        object.insert("ts", toUs(tNs));
        records.push_back({toUs(tNs), priority, records.size(), std::move(object)});
    };
    auto instant = [&](const Event &e, const QString &name, const char *category,
                       const QJsonObject &args) {
        QJsonObject o{{"name", name},
                      {"cat", QLatin1String(category)},
                      {"ph", "i"},
                      {"s", known(e.worker) ? "t" : "p"},
                      {"tid", tidOf(e.worker)}};
        if (!args.isEmpty())
            o.insert("args", args);
        add(e.tNs, 1, std::move(o));
    };

    // The Scene does the folding; we only watch it grow to learn what a span's lock was and
    // when the lock behind each hand-off was released.
    Scene scene(info);
    auto spanLock = std::vector<std::vector<int>>(std::size_t(workerCount));
    std::vector<std::int64_t> lastRelease(std::size_t(info.locks.size()), -1);
    std::size_t handoffsSeen = 0;

    for (const Event &e : events) {
        scene.apply(e);
        if (known(e.worker)) {
            const WorkerView &w = scene.workers()[std::size_t(e.worker)];
            auto &locks = spanLock[std::size_t(e.worker)];
            while (locks.size() < w.spans.size())
                locks.push_back(w.spans[locks.size()].state == WorkerState::Blocked &&
                                        w.blockedKind == ObjectKind::Lock
                                    ? w.waitingFor
                                    : -1);
        }
        for (; handoffsSeen < scene.handoffs().size(); ++handoffsSeen) {
            const Handoff &h = scene.handoffs()[handoffsSeen];
            if (!known(h.from) || !known(h.to))
                continue;
            const std::int64_t released = h.lock >= 0 && std::size_t(h.lock) < lastRelease.size() &&
                                                  lastRelease[std::size_t(h.lock)] >= 0
                                              ? std::min(lastRelease[std::size_t(h.lock)], h.tNs)
                                              : h.tNs;
            const QString name = QStringLiteral("hand-off %1").arg(lockName(info, h.lock));
            const qint64 id = qint64(handoffsSeen) + 1;
            add(released, 1,
                {{"name", name}, {"cat", "lock"}, {"ph", "s"}, {"id", id}, {"tid", tidOf(h.from)}});
            add(h.tNs, 1,
                {{"name", name},
                 {"cat", "lock"},
                 {"ph", "f"},
                 {"bp", "e"},
                 {"id", id},
                 {"tid", tidOf(h.to)}});
            instant(Event{.tNs = h.tNs, .worker = h.to}, name, "lock",
                    {{"lock", lockName(info, h.lock)},
                     {"from", workerName(info, h.from)},
                     {"to", workerName(info, h.to)}});
        }

        switch (e.kind) {
        case EventKind::RunStarted:
            if (workerCount > 0)
                instant(e, QStringLiteral("run started"), "run", {});
            break;
        case EventKind::RunFinished:
            if (workerCount > 0)
                instant(e, QStringLiteral("run finished"), "run", {});
            break;
        case EventKind::Step:
            if (known(e.worker)) {
                QJsonObject args = valuesToArgs(e);
                args.insert("step", e.step);
                args.insert("count", qint64(e.count));
                const QString name = scene.stepName(e.step);
                instant(e, name.isEmpty() ? QStringLiteral("step %1").arg(e.step) : name, "step",
                        args);
            }
            break;
        case EventKind::WorkerFinished:
        case EventKind::WorkerStopped:
        case EventKind::WorkerKilled:
            if (known(e.worker)) {
                QJsonObject args = valuesToArgs(e);
                args.insert("steps", qint64(e.count));
                instant(e,
                        QLatin1String(e.kind == EventKind::WorkerFinished  ? "finished"
                                      : e.kind == EventKind::WorkerStopped ? "stopped"
                                                                           : "killed (SIGKILL)"),
                        "worker", args);
            }
            break;
        case EventKind::Set:
            if (e.objectKind == ObjectKind::Shared && e.object >= 0 &&
                std::size_t(e.object) < info.shared.size() && workerCount > 0) {
                const QString name = info.shared[std::size_t(e.object)].name;
                add(e.tNs, 1,
                    {{"name", name},
                     {"cat", "shared"},
                     {"ph", "C"},
                     {"tid", tidOf(e.worker)},
                     {"args", QJsonObject{{name, qint64(e.count)}}}});
            }
            break;
        case EventKind::Acquired:
        case EventKind::Released:
            if (e.objectKind != ObjectKind::Lock)
                break;
            if (known(e.worker)) {
                const bool acquired = e.kind == EventKind::Acquired;
                instant(e,
                        QStringLiteral("%1 %2").arg(acquired ? "acquire" : "release",
                                                    lockName(info, e.object)),
                        "lock", {});
            }
            if (e.kind == EventKind::Released && e.object >= 0 &&
                std::size_t(e.object) < lastRelease.size())
                lastRelease[std::size_t(e.object)] = e.tNs;
            break;
        case EventKind::Grant:
            if (known(e.worker))
                instant(e, QStringLiteral("grant"), "scheduler", {});
            break;
        case EventKind::Put:
        case EventKind::Take:
        case EventKind::Push:
        case EventKind::Pop:
        case EventKind::Spawned:
        case EventKind::Exited:
            if (known(e.worker)) {
                QJsonObject args = valuesToArgs(e);
                args.insert("object", QLatin1String(objectKindKey(e.objectKind)));
                args.insert("count", qint64(e.count));
                static const char *const names[] = {"put", "take",    "push",
                                                    "pop", "spawned", "exited"};
                const int k = e.kind == EventKind::Put       ? 0
                              : e.kind == EventKind::Take    ? 1
                              : e.kind == EventKind::Push    ? 2
                              : e.kind == EventKind::Pop     ? 3
                              : e.kind == EventKind::Spawned ? 4
                                                             : 5;
                instant(e, QLatin1String(names[k]), objectKindKey(e.objectKind), args);
            }
            break;
        case EventKind::WorkerAdded:
        case EventKind::WorkerStarted:
        case EventKind::Block:
        case EventKind::Unblock:
        case EventKind::Parked:
            break; // the state spans below show these
        }
    }

    for (int w = 0; w < workerCount; ++w) {
        const WorkerView &view = scene.workers()[std::size_t(w)];
        for (std::size_t i = 0; i < view.spans.size(); ++i) {
            const Span &s = view.spans[i];
            const std::int64_t end = s.t1Ns < 0 ? std::max(scene.nowNs(), s.t0Ns) : s.t1Ns;
            QJsonObject args{{"state", QLatin1String(stateKey(s.state))}};
            QString name = QLatin1String(stateKey(s.state));
            if (s.state == WorkerState::Blocked && i < spanLock[std::size_t(w)].size() &&
                spanLock[std::size_t(w)][i] >= 0) {
                const int lock =
                    i < spanLock[std::size_t(w)].size() ? spanLock[std::size_t(w)][i] : -1;
                name = QStringLiteral("blocked on %1").arg(lockName(info, lock));
                args.insert("lock", lockName(info, lock));
            }
            add(s.t0Ns, 0,
                {{"name", name},
                 {"cat", "state"},
                 {"ph", "X"},
                 {"tid", w + 1},
                 {"dur", toUs(std::max<std::int64_t>(0, end - s.t0Ns))},
                 {"args", args}});
        }
    }

    std::stable_sort(records.begin(), records.end(), [](const Record &a, const Record &b) {
        if (a.ts != b.ts)
            return a.ts < b.ts;
        return a.priority < b.priority;
    });

    QJsonArray out;
    out.append(metadata("process_name", 0, {{"name", processName}}));
    for (int w = 0; w < workerCount; ++w) {
        out.append(metadata("thread_name", w + 1, {{"name", workerName(info, w)}}));
        out.append(metadata("thread_sort_index", w + 1, {{"sort_index", w}}));
    }
    for (const Record &r : records)
        out.append(r.object);

    const QJsonObject root{{"traceEvents", out},
                           {"displayTimeUnit", "ms"},
                           {"otherData", QJsonObject{{"exporter", processName}}}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace stage
