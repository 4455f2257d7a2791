#include "stage/scene.h"

#include <QtTest>

using namespace stage;

namespace {

Event ev(EventKind kind, int worker, std::int64_t t, int step = -1, int object = -1,
         std::int64_t count = 0)
{
    Event e;
    e.objectKind = kind == EventKind::Set ? ObjectKind::Shared
                   : kind == EventKind::Acquired || kind == EventKind::Released ||
                           kind == EventKind::Block
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

QTEST_GUILESS_MAIN(TestScene)
#include "tst_scene.moc"
