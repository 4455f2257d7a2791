#include "locks/locksdemo.h"
#include "stage/scene.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace locks;
using stage::Pacing;
using stage::Scene;
using stage::WorkerState;

namespace {

/// Folds everything the demo's stage recorded so far into @p scene.
void fold(LocksDemo &demo, Scene &scene)
{
    scene.apply(demo.stage().drain());
}

RaceOptions opts(int threads, std::int64_t iterations, bool lock, Window window = Window::None)
{
    RaceOptions o;
    o.threads = threads;
    o.iterations = iterations;
    o.lock = lock;
    o.window = window;
    return o;
}

void grantAll(LocksDemo &demo, const std::vector<int> &grants)
{
    for (int g : grants)
        demo.stage().grant(g);
}

} // namespace

class TestLocksDemo : public QObject
{
    Q_OBJECT
private slots:
    void sixGrantsLoseAnUpdateWithoutTheLock();
    void sixGrantsCannotInterleaveWithTheLock();
    void undoReplaysTheGrantPrefix();
    void lockOnNeverLoses();
    void yieldWindowLosesUpdates();
    void noWindowLosesUpdatesOnTwoCpus();
    void stopIsPromptInEveryMode_data();
    void stopIsPromptInEveryMode();
    void fullSpeedShowsThreadsWaitingForTheLock();
    void timelineStartsAtPlay();
};

void TestLocksDemo::fullSpeedShowsThreadsWaitingForTheLock()
{
    LocksDemo demo(opts(8, 20000, true));
    demo.stage().setPacing(Pacing::FullSpeed);
    demo.start();
    Scene scene(demo.stage().info());
    QTRY_VERIFY((fold(demo, scene), scene.finished()));
    int blockedSpans = 0;
    for (const auto &w : scene.workers())
        for (const auto &span : w.spans)
            blockedSpans += span.state == WorkerState::Blocked ? 1 : 0;
    QVERIFY2(blockedSpans > 0, "at full speed the timeline shows no thread waiting for the lock");
}

void TestLocksDemo::timelineStartsAtPlay()
{
    LocksDemo demo(opts(2, 3, false));
    QElapsedTimer setUp;
    setUp.start();
    while (setUp.elapsed() < 20) {
        // the class reads the explanation before pressing Play
    }
    demo.stage().setPacing(Pacing::FullSpeed);
    demo.start();
    demo.stage().wait();
    const std::vector<stage::Event> events = demo.stage().drain();
    QVERIFY(!events.empty());
    QCOMPARE(events.front().kind, stage::EventKind::RunStarted);
    QVERIFY2(events.front().tNs < setUp.nsecsElapsed(),
             "the run's clock started when it was set up, not at Play");
}

void TestLocksDemo::sixGrantsLoseAnUpdateWithoutTheLock()
{
    LocksDemo demo(opts(2, 1, false));
    demo.stage().setPacing(Pacing::Scheduler);
    demo.start();
    // T1 read, T2 read, T1 add, T2 add, T1 write, T2 write
    grantAll(demo, {0, 1, 0, 1, 0, 1});
    QTRY_VERIFY(demo.stage().isFinished());
    QCOMPARE(demo.stage().grants(), (std::vector<int>{0, 1, 0, 1, 0, 1}));
    const RaceResult r = demo.result();
    QCOMPARE(r.expected, 2);
    QCOMPARE(r.actual, 1);
    QCOMPARE(r.lost, 1);
    Scene scene(demo.stage().info());
    QTRY_VERIFY((fold(demo, scene), scene.finished()));
    QCOMPARE(scene.shared()[LocksDemo::CounterId].value, 1);
    for (const auto &w : scene.workers())
        QCOMPARE(w.state, WorkerState::Finished);
    // The panel's counters come from the Scene, and agree with the engine's own.
    const RaceTally t = LocksDemo::tally(scene, demo.options());
    QCOMPARE(t.target, 2);
    QCOMPARE(t.done, 2);
    QCOMPARE(t.actual, 1);
    QCOMPARE(t.lost, 1);
}

void TestLocksDemo::sixGrantsCannotInterleaveWithTheLock()
{
    LocksDemo demo(opts(2, 1, true));
    demo.stage().setPacing(Pacing::Scheduler);
    demo.start();
    grantAll(demo, {0, 1, 0, 1, 0, 1});
    QTRY_VERIFY(demo.stage().isSettled());
    // T2's grants inside T1's critical section were refused: T2 waits for the lock T1 holds.
    QCOMPARE(demo.stage().grants(), (std::vector<int>{0, 1, 0, 0}));
    Scene scene(demo.stage().info());
    fold(demo, scene);
    QCOMPARE(scene.workers()[1].state, WorkerState::Blocked);
    QCOMPARE(scene.workers()[1].waitingFor, LocksDemo::LockId);
    QCOMPARE(scene.locks()[LocksDemo::LockId].owner, 0);
    QCOMPARE(scene.locks()[LocksDemo::LockId].waiters, std::vector<int>{1});
    QCOMPARE(scene.workers()[0].step, int(Step::Write));
    QCOMPARE(demo.stage().readyWorkers(), std::vector<int>{0});
    // Let the run finish on its own: both increments land.
    demo.stage().setBeat(std::chrono::microseconds(0));
    demo.stage().setPacing(Pacing::Run);
    QTRY_VERIFY(demo.stage().isFinished());
    QCOMPARE(demo.result().actual, 2);
    QCOMPARE(demo.result().lost, 0);
}

void TestLocksDemo::undoReplaysTheGrantPrefix()
{
    const std::vector<int> grants{0, 1, 0, 1, 0};
    LocksDemo first(opts(2, 2, false));
    first.stage().setPacing(Pacing::Scheduler);
    first.start();
    grantAll(first, grants);
    grantAll(first, {1}); // the step to undo
    QTRY_VERIFY(first.stage().isSettled() && first.stage().grants().size() == 6);
    // Undo: a fresh run of real threads under the recorded prefix.
    auto prefix = first.stage().grants();
    prefix.pop_back();
    LocksDemo replay(opts(2, 2, false));
    replay.stage().setPacing(Pacing::Scheduler);
    grantAll(replay, prefix);
    replay.start();
    QTRY_VERIFY(replay.stage().isSettled() && replay.stage().grants() == prefix);
    Scene after(replay.stage().info());
    fold(replay, after);
    QCOMPARE(after.workers()[0].step, int(Step::Read));  // T1 wrote, loops back to read
    QCOMPARE(after.workers()[1].step, int(Step::Write)); // T2 about to write its stale tmp
    QCOMPARE(replay.counter(), 1);
    QCOMPARE(after.workers()[1].locals.back().value, 1); // tmp = 0 + 1
}

void TestLocksDemo::lockOnNeverLoses()
{
    for (int run = 0; run < 5; ++run) {
        const RaceResult r = runRace(opts(4, 20000, true));
        QCOMPARE(r.expected, 80000);
        QCOMPARE(r.lost, 0);
    }
}

void TestLocksDemo::yieldWindowLosesUpdates()
{
    // The yield between read and write opens the race even when both threads share one CPU.
    for (int run = 0; run < 3; ++run) {
        const RaceResult r = runRace(opts(2, 20000, false, Window::Yield));
        QVERIFY2(r.lost > 0, "no update was lost with the yield window");
        QCOMPARE(r.lost, r.expected - r.actual);
    }
}

void TestLocksDemo::noWindowLosesUpdatesOnTwoCpus()
{
    if (QThread::idealThreadCount() < 2)
        QSKIP("needs two CPUs");
    int losing = 0;
    for (int run = 0; run < 10; ++run)
        losing += runRace(opts(2, 100000, false)).lost > 0 ? 1 : 0;
    QVERIFY2(losing >= 5, qPrintable(QStringLiteral("%1 of 10 runs lost updates").arg(losing)));
}

void TestLocksDemo::stopIsPromptInEveryMode_data()
{
    QTest::addColumn<int>("pacing");
    QTest::addColumn<bool>("lock");
    for (bool lock : {false, true}) {
        const char *l = lock ? "lock" : "nolock";
        QTest::addRow("run-%s", l) << int(Pacing::Run) << lock;
        QTest::addRow("paused-%s", l) << int(Pacing::Paused) << lock;
        QTest::addRow("scheduler-%s", l) << int(Pacing::Scheduler) << lock;
        QTest::addRow("full-speed-%s", l) << int(Pacing::FullSpeed) << lock;
    }
}

void TestLocksDemo::stopIsPromptInEveryMode()
{
    QFETCH(int, pacing);
    QFETCH(bool, lock);
    auto demo = std::make_unique<LocksDemo>(opts(16, MaxIterations, lock));
    demo->stage().setBeat(std::chrono::seconds(5));
    demo->stage().setPacing(Pacing(pacing));
    demo->start();
    QTRY_VERIFY(demo->stage().eventsRecorded() > 16);
    QElapsedTimer timer;
    timer.start();
    demo.reset(); // what reset, lesson switch and quit do: destroy = stop + join
    const qint64 ms = timer.elapsed();
    QVERIFY2(ms < 1000, qPrintable(QStringLiteral("stop took %1 ms").arg(ms)));
}

QTEST_GUILESS_MAIN(TestLocksDemo)
#include "tst_locksdemo.moc"
