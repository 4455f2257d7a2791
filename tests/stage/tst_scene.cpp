#include "stage/scene.h"
#include "stage/stage.h"
#include "stage/stagemutex.h"
#include "stage/stagequeue.h"

#include <QtTest>

using namespace stage;

namespace {

Event ev(EventKind kind, int worker, std::int64_t t, int step = -1, int object = -1,
         std::int64_t count = 0)
{
    Event e;
    e.objectKind =
        kind == EventKind::Set ? ObjectKind::Shared
        : kind == EventKind::Acquired || kind == EventKind::Released || kind == EventKind::Block
            ? ObjectKind::Lock
            : ObjectKind::None;
    e.kind = kind;
    e.worker = worker;
    e.tNs = t;
    e.step = step;
    e.object = object;
    e.count = count;
    return e;
}

StageInfo twoWorkers()
{
    StageInfo info;
    info.workers = {QStringLiteral("T1"), QStringLiteral("T2")};
    info.shared = {{QStringLiteral("n"), 0}};
    info.locks = {QStringLiteral("lock")};
    info.steps = {QStringLiteral("read"), QStringLiteral("write")};
    return info;
}

} // namespace

class TestScene : public QObject
{
    Q_OBJECT
private slots:
    void foldsWorkerStatesAndLocals();
    void foldsLockOwnerWaitersAndHandoffs();
    void prefixFoldIsScrubbing();
    void spansCoverTheTimeline();
    void liveFramesEqualPrefixFolds();
    void foldsQueuesStacksProcessesAndSeries();
};

void TestScene::foldsWorkerStatesAndLocals()
{
    Scene s(twoWorkers());
    QCOMPARE(s.workers().size(), std::size_t(2));
    QCOMPARE(s.workers()[0].state, WorkerState::NotStarted);
    s.apply(ev(EventKind::RunStarted, -1, 0));
    s.apply(ev(EventKind::WorkerStarted, 0, 1));
    Event step = ev(EventKind::Step, 0, 2, 1, -1, 3);
    step.values[0] = {"tmp", 41};
    step.valueCount = 1;
    s.apply(step);
    s.apply(ev(EventKind::Parked, 0, 3, 1));
    QCOMPARE(s.workers()[0].state, WorkerState::Ready);
    QCOMPARE(s.workers()[0].step, 1);
    QCOMPARE(s.stepName(1), QStringLiteral("write"));
    QCOMPARE(s.workers()[0].steps, 3);
    QCOMPARE(s.workers()[0].locals.size(), std::size_t(1));
    QCOMPARE(s.workers()[0].locals[0].name, QStringLiteral("tmp"));
    QCOMPARE(s.workers()[0].locals[0].value, 41);
    s.apply(ev(EventKind::Grant, 0, 4));
    QCOMPARE(s.workers()[0].state, WorkerState::Running);
    s.apply(ev(EventKind::Set, 0, 5, -1, 0, 42));
    QCOMPARE(s.shared()[0].value, 42);
    s.apply(ev(EventKind::WorkerFinished, 0, 6, -1, -1, 4));
    QCOMPARE(s.workers()[0].state, WorkerState::Finished);
    QVERIFY(!s.finished());
    s.apply(ev(EventKind::RunFinished, -1, 7));
    QVERIFY(s.finished());
    QCOMPARE(s.nowNs(), 7);
    QCOMPARE(s.eventCount(), quint64(8));
}

void TestScene::foldsLockOwnerWaitersAndHandoffs()
{
    Scene s(twoWorkers());
    s.apply(ev(EventKind::WorkerStarted, 0, 0));
    s.apply(ev(EventKind::WorkerStarted, 1, 0));
    s.apply(ev(EventKind::Acquired, 0, 1, -1, 0));
    s.apply(ev(EventKind::Block, 1, 2, -1, 0));
    QCOMPARE(s.locks()[0].owner, 0);
    QCOMPARE(s.locks()[0].waiters, std::vector<int>{1});
    QCOMPARE(s.workers()[1].state, WorkerState::Blocked);
    QCOMPARE(s.workers()[1].waitingFor, 0);
    s.apply(ev(EventKind::Released, 0, 3, -1, 0));
    QCOMPARE(s.locks()[0].owner, -1);
    s.apply(ev(EventKind::Acquired, 1, 4, -1, 0));
    QCOMPARE(s.locks()[0].owner, 1);
    QVERIFY(s.locks()[0].waiters.empty());
    QCOMPARE(s.workers()[1].state, WorkerState::Running);
    QCOMPARE(s.locks()[0].acquisitions, 2);
    QCOMPARE(s.handoffs().size(), std::size_t(1));
    QCOMPARE(s.handoffs()[0].from, 0);
    QCOMPARE(s.handoffs()[0].to, 1);
    // A worker stopped while holding the lock no longer owns it in the picture.
    s.apply(ev(EventKind::WorkerStopped, 1, 5));
    QCOMPARE(s.locks()[0].owner, -1);
}

void TestScene::prefixFoldIsScrubbing()
{
    std::vector<Event> events{
        ev(EventKind::WorkerStarted, 0, 0), ev(EventKind::Set, 0, 1, -1, 0, 1),
        ev(EventKind::Set, 0, 2, -1, 0, 2), ev(EventKind::WorkerFinished, 0, 3)};
    QCOMPARE(Scene::foldPrefix(twoWorkers(), events, 0).shared()[0].value, 0);
    QCOMPARE(Scene::foldPrefix(twoWorkers(), events, 2).shared()[0].value, 1);
    QCOMPARE(Scene::foldPrefix(twoWorkers(), events, 3).shared()[0].value, 2);
    QCOMPARE(Scene::foldPrefix(twoWorkers(), events, 99).workers()[0].state, WorkerState::Finished);
}

void TestScene::spansCoverTheTimeline()
{
    Scene s(twoWorkers());
    s.apply(ev(EventKind::WorkerStarted, 0, 10));
    s.apply(ev(EventKind::Block, 0, 20, -1, 0));
    s.apply(ev(EventKind::Acquired, 0, 30, -1, 0));
    s.apply(ev(EventKind::WorkerFinished, 0, 40));
    const auto &spans = s.workers()[0].spans;
    QCOMPARE(spans.size(), std::size_t(3));
    QCOMPARE(spans[0].state, WorkerState::Running);
    QCOMPARE(spans[1].state, WorkerState::Blocked);
    QCOMPARE(spans[1].t0Ns, 20);
    QCOMPARE(spans[1].t1Ns, 30);
    QCOMPARE(spans[2].t1Ns, 40);
}

namespace {

/// What a frame shows, flattened so two scenes can be compared field by field.
QString frameOf(const Scene &s)
{
    QStringList out;
    for (const WorkerView &w : s.workers()) {
        QStringList locals;
        for (const NamedValue &v : w.locals)
            locals << QStringLiteral("%1=%2").arg(v.name).arg(v.isText ? v.text
                                                                       : QString::number(v.value));
        out << QStringLiteral("%1:%2:%3:%4:%5:%6")
                   .arg(w.name, QLatin1String(stateKey(w.state)))
                   .arg(w.step)
                   .arg(w.steps)
                   .arg(locals.join(QLatin1Char(',')))
                   .arg(w.spans.size());
    }
    for (const NamedValue &v : s.shared())
        out << QStringLiteral("%1=%2").arg(v.name).arg(v.value);
    for (const LockView &l : s.locks())
        out << QStringLiteral("lock %1 by %2, %3 waiting")
                   .arg(l.name)
                   .arg(l.owner)
                   .arg(l.waiters.size());
    for (const QueueView &q : s.queues())
        out << QStringLiteral("queue %1 [%2]").arg(q.name, q.items.join(QLatin1Char(' ')));
    return out.join(QLatin1Char('\n'));
}

} // namespace

void TestScene::liveFramesEqualPrefixFolds()
{
    // Frames seen live (the scene after each drain) against the fold of the same prefix: the
    // scrubber must show exactly what the class saw.
    Stage s;
    s.setSteps({QStringLiteral("read"), QStringLiteral("write")});
    const int n = s.addShared(QStringLiteral("n"));
    StageMutex lock(s, s.addLock(QStringLiteral("lock")));
    // Unbounded: the getters only try, so a bounded queue could leave T1 waiting for ever.
    StageQueue<int> q(s, s.addQueue(QStringLiteral("q"), 0, false), 0, false, [](const int &v) {
        return Value{"item", v};
    });
    std::atomic<std::int64_t> counter{0};
    for (int t = 0; t < 3; ++t)
        s.addWorker(QStringLiteral("T%1").arg(t + 1), [&, n](Worker &w) {
            for (int i = 0; i < 4; ++i) {
                StageLockGuard g(lock, w);
                w.at(0, {{"i", i}});
                const std::int64_t tmp = counter.load(std::memory_order_relaxed);
                w.at(1, {{"i", i}, {"tmp", tmp}});
                counter.store(tmp + 1, std::memory_order_relaxed);
                w.wrote(n, tmp + 1);
                g.unlock();
                if (w.id() == 0)
                    q.put(w, i);
                else if (i % 2 == 0)
                    q.tryGet(w);
            }
        });
    s.setBeat(std::chrono::microseconds(0));
    s.setSeed(7);
    s.start();
    std::vector<Event> all;
    Scene live(s.info());
    std::vector<std::pair<std::size_t, QString>> frames;
    while (!live.finished()) {
        const std::vector<Event> more = s.drain();
        all.insert(all.end(), more.begin(), more.end());
        live.apply(more);
        frames.emplace_back(all.size(), frameOf(live));
        QCoreApplication::processEvents(); // let the workers run between frames
    }
    s.wait();
    QVERIFY(frames.size() > 1);
    for (const auto &[count, frame] : frames)
        QCOMPARE(frameOf(Scene::foldPrefix(s.info(), all, count)), frame);
}

void TestScene::foldsQueuesStacksProcessesAndSeries()
{
    StageInfo info;
    info.workers = {QStringLiteral("main")};
    info.queues.push_back({QStringLiteral("q"), 2, true});
    info.series = {QStringLiteral("fill")};
    Scene s(info);
    Event put = ev(EventKind::Put, 0, 1, -1, 0, 1);
    put.objectKind = ObjectKind::Queue;
    put.valueCount = 1;
    put.values[0] = Value::str("item", "a");
    s.apply(put);
    put.values[0] = Value::str("item", "b");
    s.apply(put);
    QCOMPARE(s.queues()[0].items, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    Event take = ev(EventKind::Take, 0, 2, -1, 0, 1);
    take.objectKind = ObjectKind::Queue;
    s.apply(take);
    QCOMPARE(s.queues()[0].items, QStringList{QStringLiteral("a")}); // LIFO took "b"
    Event push = ev(EventKind::Push, 0, 3);
    push.valueCount = 2;
    push.values[0] = Value::str("function", "sing");
    push.values[1] = {"count", 3};
    s.apply(push);
    QCOMPARE(s.workers()[0].stack.size(), std::size_t(1));
    QCOMPARE(s.workers()[0].stack[0].function, QStringLiteral("sing"));
    QCOMPARE(s.workers()[0].stack[0].locals[0].value, 3);
    s.apply(ev(EventKind::Pop, 0, 4));
    QVERIFY(s.workers()[0].stack.empty());
    Event spawned = ev(EventKind::Spawned, 0, 5, -1, 0, 4242);
    spawned.valueCount = 1;
    spawned.values[0] = {"ppid", 42};
    s.apply(spawned);
    QCOMPARE(s.workers()[0].pid, 4242);
    QCOMPARE(s.workers()[0].ppid, 42);
    for (int i = 0; i < int(Scene::MaxSeriesPoints) + 10; ++i) {
        Event p = ev(EventKind::Set, 0, 10 + i, -1, 0, i);
        p.objectKind = ObjectKind::Series;
        s.apply(p);
    }
    QVERIFY(s.series()[0].points.size() <= Scene::MaxSeriesPoints);
    QCOMPARE(s.series()[0].points.back().second, qint64(Scene::MaxSeriesPoints) + 9);
    Event killed = ev(EventKind::WorkerKilled, 0, 9000, -1, -1, 9);
    s.apply(killed);
    QCOMPARE(s.workers()[0].state, WorkerState::Killed);
    QCOMPARE(s.workers()[0].signal, 9);
}

QTEST_GUILESS_MAIN(TestScene)
#include "tst_scene.moc"
