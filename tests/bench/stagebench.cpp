#include "stagebench.h"

#include "stage/stage.h"
#include "stage/stagemutex.h"
#include "stage/stagequeue.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QThread>
#include <algorithm>
#include <memory>

namespace bench {

namespace {

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, std::size_t(p / 100.0 * double(v.size())))];
}

QJsonObject spread(const std::vector<double> &v)
{
    return {{"p50", percentile(v, 50)}, {"p99", percentile(v, 99)}, {"max", percentile(v, 100)}};
}

/// Resident memory now, in KiB (VmRSS).
qint64 rssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

void waitUntil(const std::function<bool()> &done)
{
    while (!done())
        QThread::yieldCurrentThread(); // bench only
}

} // namespace

stage::ChildRuntime::Bodies childBodies()
{
    return {{QStringLiteral("count"), [](stage::Worker &w) {
                 for (std::int64_t i = 0;; ++i)
                     w.at(0, {{"i", i}});
             }}};
}

QJsonObject traceMemory(int workers, std::int64_t steps)
{
    const qint64 before = rssKiB();
    stage::Stage s;
    s.setSteps({QStringLiteral("step")});
    s.setPacing(stage::Pacing::FullSpeed);
    s.setSampleShift(0);
    for (int i = 0; i < workers; ++i)
        s.addWorker(QStringLiteral("T%1").arg(i), [steps](stage::Worker &w) {
            for (std::int64_t k = 0; k < steps; ++k)
                w.at(0, {{"k", k}});
        });
    QElapsedTimer t;
    t.start();
    s.start();
    s.wait();
    const double ms = double(t.nsecsElapsed()) / 1e6;
    const qint64 after = rssKiB();
    const std::vector<stage::Event> kept = s.drain();
    const double keptMiB = double(kept.size() * sizeof(stage::Event)) / (1024.0 * 1024.0);
    return {{"workers", workers},
            {"steps_each", qint64(steps)},
            {"events_recorded", qint64(s.eventsRecorded())},
            {"events_kept", qint64(kept.size())},
            {"events_dropped", qint64(s.eventsDropped())},
            {"event_bytes", int(sizeof(stage::Event))},
            {"kept_mib", keptMiB},
            {"rss_growth_mib", double(after - before) / 1024.0},
            {"elapsed_ms", ms},
            {"target_mib", 64},
            {"meets_target", keptMiB <= 64.0}};
}

QJsonObject blockStopLatency(int samples)
{
    QJsonObject out;
    for (const char *kind : {"lock", "queue_put", "queue_get", "condition", "join", "sleep"}) {
        std::vector<double> ms;
        for (int i = 0; i < samples; ++i) {
            auto s = std::make_unique<stage::Stage>();
            s->setPacing(stage::Pacing::Scheduler);
            const QString k = QString::fromLatin1(kind);
            auto label = [](const int &v) { return stage::Value{"item", v}; };
            stage::StageMutex lock(*s, s->addLock(QStringLiteral("lock")));
            stage::StageCondition cv(*s, s->addCondition(QStringLiteral("cv")), lock);
            stage::StageQueue<int> q(*s, s->addQueue(QStringLiteral("q"), 1, false), 1, false,
                                     label);
            // 8 workers blocked the same way, 8 parked at a checkpoint.
            for (int b = 0; b < 8; ++b)
                s->addWorker(QStringLiteral("B%1").arg(b), [&, k](stage::Worker &w) {
                    if (k == QLatin1String("lock")) {
                        stage::StageLockGuard g(lock, w);
                        w.at(0); // the first holds it and parks; the others wait for it
                    } else if (k == QLatin1String("queue_put")) {
                        for (;;)
                            q.put(w, 1);
                    } else if (k == QLatin1String("queue_get")) {
                        for (;;)
                            q.get(w);
                    } else if (k == QLatin1String("condition")) {
                        stage::StageLockGuard g(lock, w);
                        cv.wait(g);
                    } else if (k == QLatin1String("join")) {
                        s->join(w, 15);
                    } else {
                        w.sleep(std::chrono::hours(1));
                    }
                });
            for (int p = 0; p < 8; ++p)
                s->addWorker(QStringLiteral("P%1").arg(p), [](stage::Worker &w) {
                    for (;;)
                        w.at(0);
                });
            s->start();
            waitUntil([&] { return s->isSettled(); });
            QElapsedTimer t;
            t.start();
            s->stop();
            ms.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        out.insert(QString::fromLatin1(kind), spread(ms));
    }
    return out;
}

QJsonObject processLatency(int samples)
{
    std::vector<double> spawn, roundTrip, stop;
    for (int i = 0; i < samples; ++i) {
        auto s = std::make_unique<stage::Stage>();
        s->setPacing(stage::Pacing::Scheduler);
        s->addProcess(QStringLiteral("P"),
                      {QCoreApplication::applicationFilePath(), // its "count" body
                       {QStringLiteral("--worker"), QStringLiteral("count")}});
        QElapsedTimer t;
        t.start();
        s->start();
        waitUntil([&] { return s->readyWorkers().size() == 1; });
        spawn.push_back(double(t.nsecsElapsed()) / 1e6);
        for (int k = 0; k < 20; ++k) {
            t.restart();
            s->grant(0);
            waitUntil([&] { return s->isSettled() && s->readyWorkers().size() == 1; });
            roundTrip.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        t.restart();
        s->stop();
        stop.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    return {{"spawn_to_first_step_ms", spread(spawn)},
            {"grant_round_trip_ms", spread(roundTrip)},
            {"stop_and_reap_ms", spread(stop)}};
}

} // namespace bench
