#include "lessonstopbench.h"

#include "multitasking/asynctasks.h"
#include "multitasking/multitaskingdemo.h"
#include "shared/shareddemo.h"
#include "threads/threadsdemo.h"

#include <QElapsedTimer>
#include <QThread>
#include <algorithm>
#include <memory>

namespace bench {

namespace {

QJsonObject spread(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const double p50 = v.empty() ? 0 : v[v.size() / 2];
    const double max = v.empty() ? 0 : v.back();
    return {{"p50", p50}, {"max", max}, {"samples", int(v.size())}, {"meets_100ms", max <= 100}};
}

/// Starts @p make()'s engine in @p pacing, waits until it is under way, and times its
/// destruction (stop + join).
template <class Make> double stopOnce(Make make, stage::Pacing pacing)
{
    auto engine = make();
    engine->stage().setPacing(pacing);
    engine->stage().setBeat(std::chrono::milliseconds(50));
    engine->start();
    QElapsedTimer wait;
    wait.start();
    while (engine->stage().eventsRecorded() < 12 && wait.elapsed() < 2000)
        QThread::msleep(1); // bench only: let the workers get under way (or park)
    QThread::msleep(30);
    QElapsedTimer t;
    t.start();
    engine.reset();
    return double(t.nsecsElapsed()) / 1e6;
}

const std::pair<const char *, stage::Pacing> Pacings[] = {
    {"run", stage::Pacing::Run},
    {"paused", stage::Pacing::Paused},
    {"scheduler", stage::Pacing::Scheduler},
    {"full_speed", stage::Pacing::FullSpeed}};

} // namespace

QJsonObject lessonStopLatency(int samples)
{
    using multitasking::Kind;
    using multitasking::Mode;
    QJsonObject out;
    for (Mode mode : {Mode::Sync, Mode::Parallel, Mode::Concurrent}) {
        if (!multitasking::unavailableReason(mode).isEmpty())
            continue;
        for (Kind kind : {Kind::Cpu, Kind::Io}) {
            QJsonObject byPacing;
            for (const auto &[name, pacing] : Pacings) {
                std::vector<double> ms;
                for (int i = 0; i < samples; ++i)
                    ms.push_back(stopOnce(
                        [mode, kind] {
                            multitasking::TasksOptions o;
                            o.mode = mode;
                            o.kind = kind;
                            o.chunks = 1'000'000;
                            return std::make_unique<multitasking::MultitaskingDemo>(o);
                        },
                        pacing));
                byPacing.insert(QString::fromLatin1(name), spread(ms));
            }
            out.insert(QStringLiteral("multitasking_%1_%2")
                           .arg(multitasking::modeKey(mode), multitasking::kindKey(kind)),
                       byPacing);
        }
    }
    for (Kind kind : {Kind::Cpu, Kind::Io}) {
        std::vector<double> ms;
        for (int i = 0; i < samples; ++i) {
            multitasking::TasksOptions o;
            o.mode = Mode::Async;
            o.kind = kind;
            o.chunks = 1'000'000;
            auto tasks = std::make_unique<multitasking::AsyncTasks>(o);
            tasks->start();
            QThread::msleep(50);
            QElapsedTimer t;
            t.start();
            tasks.reset(); // cancel: each task stops at its next chunk
            ms.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        out.insert(
            QStringLiteral("multitasking_async_%1_cancel").arg(multitasking::kindKey(kind)),
            spread(ms));
    }
    QJsonObject threadsStop, sharedStop;
    for (const auto &[name, pacing] : Pacings) {
        std::vector<double> t, s;
        for (int i = 0; i < samples; ++i) {
            t.push_back(stopOnce(
                [] {
                    threads::ThreadsOptions o;
                    o.count = 16;
                    o.rounds = 1000;
                    o.sleepMs = 100;
                    return std::make_unique<threads::ThreadsDemo>(o);
                },
                pacing));
            s.push_back(stopOnce(
                [] {
                    shared::SharedOptions o;
                    o.threads = shared::MaxThreads;
                    o.rounds = 100'000'000;
                    return std::make_unique<shared::SharedDemo>(o);
                },
                pacing));
        }
        threadsStop.insert(QString::fromLatin1(name), spread(t));
        sharedStop.insert(QString::fromLatin1(name), spread(s));
    }
    out.insert("threads_16", threadsStop);
    out.insert("shared_4", sharedStop);
    return out;
}

} // namespace bench
