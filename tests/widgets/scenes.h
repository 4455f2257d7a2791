#pragma once

// Hand-made scenes for the widget tests: folded from events, no threads.

#include "stage/codelisting.h"
#include "stage/event.h"
#include "stage/scene.h"

#include <QString>
#include <vector>

namespace testscenes {

enum Step { Acquire, Read, Add, Write, Release };

inline stage::StageInfo info(int workers)
{
    stage::StageInfo i;
    for (int w = 0; w < workers; ++w)
        i.workers << QStringLiteral("T%1").arg(w + 1);
    i.shared.push_back({QStringLiteral("n"), 0});
    i.locks << QStringLiteral("lock");
    i.steps = {QStringLiteral("acquire"), QStringLiteral("read"), QStringLiteral("add"),
               QStringLiteral("write"), QStringLiteral("release")};
    return i;
}

inline stage::Event ev(std::int64_t t, stage::EventKind kind, int worker, int object = -1)
{
    stage::Event e;
    e.objectKind = kind == stage::EventKind::Set ? stage::ObjectKind::Shared
                   : kind == stage::EventKind::Acquired || kind == stage::EventKind::Released ||
                           kind == stage::EventKind::Block
                       ? stage::ObjectKind::Lock
                       : stage::ObjectKind::None;
    e.tNs = t;
    e.kind = kind;
    e.worker = worker;
    e.object = object;
    return e;
}

inline stage::Event step(std::int64_t t, int worker, int stepId, std::int64_t count,
                         std::int64_t tmp = -1)
{
    stage::Event e = ev(t, stage::EventKind::Step, worker);
    e.step = stepId;
    e.count = count;
    if (tmp >= 0) {
        e.values[0] = {"tmp", tmp};
        e.valueCount = 1;
    }
    return e;
}

/// @p workers threads around one lock: T1 holds it (after a hand-off from T2), the next few
/// wait for it in order, some are parked (Ready), the rest run; the last one finished.
inline std::vector<stage::Event> events(int workers)
{
    using K = stage::EventKind;
    std::vector<stage::Event> es;
    std::int64_t t = 0;
    es.push_back(ev(t, K::RunStarted, -1));
    for (int w = 0; w < workers; ++w)
        es.push_back(ev(t += 1000, K::WorkerStarted, w));
    if (workers > 1) {
        es.push_back(ev(t += 5000, K::Acquired, 1, 0));
        es.push_back(step(t += 1000, 1, Read, 1, 0));
        es.push_back(ev(t += 1000, K::Block, 0, 0));
        stage::Event set = ev(t += 3000, K::Set, 1, 0);
        set.count = 1;
        es.push_back(set);
        es.push_back(ev(t += 1000, K::Released, 1, 0));
    }
    es.push_back(ev(t += 1000, K::Acquired, 0, 0));
    es.push_back(step(t += 2000, 0, Add, 3, 4));
    const int waiting = std::max(0, std::min(workers - 1, workers / 3 + 1));
    for (int w = 1; w <= waiting; ++w) {
        es.push_back(step(t += 500, w, Acquire, 2));
        es.push_back(ev(t += 500, K::Block, w, 0));
    }
    for (int w = waiting + 1; w < workers; ++w) {
        es.push_back(step(t += 700, w, w % 2 ? Read : Write, 4, w));
        if (w % 3 == 0)
            es.push_back(ev(t += 300, K::Parked, w));
    }
    if (workers > 4)
        es.push_back(ev(t += 2000, K::WorkerFinished, workers - 1));
    stage::Event set = ev(t += 1000, K::Set, 0, 0);
    set.count = 41;
    es.push_back(set);
    return es;
}

/// The scene of events(@p workers).
inline stage::Scene scene(int workers)
{
    stage::Scene s(info(workers));
    s.apply(events(workers));
    return s;
}

/// The notes' `n += 1` under a lock, Python, with step markers.
inline stage::CodeListing python()
{
    const QString src = QStringLiteral("import threading\n"
                                       "n = 0\n"
                                       "lock = threading.Lock()\n"
                                       "\n"
                                       "def work():\n"
                                       "    global n\n"
                                       "    for i in range(100000):\n"
                                       "        lock.acquire()  # @step acquire\n"
                                       "        tmp = n         # @step read\n"
                                       "        tmp = tmp + 1   # @step add\n"
                                       "        n = tmp         # @step write\n"
                                       "        lock.release()  # @step release\n");
    return stage::CodeListing(QStringLiteral("Python"), src, info(1).steps);
}

/// The C++ that runs, with step markers.
inline stage::CodeListing cpp()
{
    const QString src =
        QStringLiteral("void work(Stage &stage, std::atomic<long> &n, std::mutex &m)\n"
                       "{\n"
                       "    for (int i = 0; i < 100000; ++i) {\n"
                       "        std::unique_lock lock(m);            // @step acquire\n"
                       "        long tmp = n.load(std::memory_order_relaxed); // @step read\n"
                       "        tmp = tmp + 1;                       // @step add\n"
                       "        n.store(tmp, std::memory_order_relaxed); // @step write\n"
                       "        lock.unlock();                       // @step release\n"
                       "    }\n"
                       "}\n");
    return stage::CodeListing(QStringLiteral("C++"), src, info(1).steps);
}

} // namespace testscenes
