#include "stage/scene.h"
#include "stage/stage.h"
#include "stage/stagemutex.h"

#include <QElapsedTimer>
#include <QtTest>
#include <mutex>

using namespace stage;

namespace {

/// A log the workers append to at each real step, to check the order grants impose.
struct StepLog
{
    std::mutex mutex;
    std::vector<int> order;
    void add(int w)
    {
        std::lock_guard g(mutex);
        order.push_back(w);
    }
    std::vector<int> take()
    {
        std::lock_guard g(mutex);
        return order;
    }
};

void addCountingWorkers(Stage &s, int workers, int steps, StepLog *log = nullptr)
{
    s.setSteps({QStringLiteral("work")});
    for (int i = 0; i < workers; ++i)
        s.addWorker(QStringLiteral("W%1").arg(i), [steps, log](Worker &w) {
            for (int k = 0; k < steps; ++k) {
                w.at(0, {{"k", k}});
                if (log)
                    log->add(w.id());
            }
        });
}

Scene foldAll(Stage &s, std::vector<Event> &all)
{
    auto more = s.drain();
    all.insert(all.end(), more.begin(), more.end());
    Scene scene(s.info());
    scene.apply(all);
    return scene;
}

} // namespace

class TestStage : public QObject
{
    Q_OBJECT
private slots:
    void fullSpeedRunsEveryStep();
    void runModeWithZeroBeatFinishes();
    void pausedParksEveryWorker();
    void stepOnceLetsTheLongestWaitingGo();
    void schedulerFollowsGrantOrder();
    void replayOfGrantsIsDeterministic();
    void grantToFinishedWorkerIsRefused();
    void blockedWorkerIsSettledAndNotGrantable();
    void stopIsPromptInEveryMode_data();
    void stopIsPromptInEveryMode();
    void stopUnwindsWorkerWaitingForALock();
    void switchingPausedToRunResumes();
};

void TestStage::fullSpeedRunsEveryStep()
{
    Stage s;
    std::atomic<int> total{0};
    s.setSteps({QStringLiteral("work")});
    for (int i = 0; i < 4; ++i)
        s.addWorker(QStringLiteral("W%1").arg(i), [&total](Worker &w) {
            for (int k = 0; k < 5000; ++k) {
                w.at(0);
                total.fetch_add(1, std::memory_order_relaxed);
            }
        });
    s.setPacing(Pacing::FullSpeed);
    s.setSampleShift(10);
    s.start();
    s.wait();
    QVERIFY(s.isFinished());
    QCOMPARE(total.load(), 20000);
    std::vector<Event> all;
    const Scene scene = foldAll(s, all);
    QVERIFY(scene.finished());
    for (const WorkerView &w : scene.workers()) {
        QCOMPARE(w.state, WorkerState::Finished);
        QCOMPARE(w.steps, 5000);
    }
    // Sampled: far fewer Step events than steps.
    const auto steps = std::count_if(all.begin(), all.end(),
                                     [](const Event &e) { return e.kind == EventKind::Step; });
    QVERIFY(steps > 0 && steps <= 4 * (5000 >> 10) + 4);
}

void TestStage::runModeWithZeroBeatFinishes()
{
    Stage s;
    addCountingWorkers(s, 3, 20);
    s.setBeat(std::chrono::microseconds(0));
    s.start();
    s.wait();
    std::vector<Event> all;
    const Scene scene = foldAll(s, all);
    QVERIFY(scene.finished());
    QCOMPARE(std::count_if(all.begin(), all.end(),
                           [](const Event &e) { return e.kind == EventKind::Step; }),
             60);
}

void TestStage::pausedParksEveryWorker()
{
    Stage s;
    addCountingWorkers(s, 3, 5);
    s.setPacing(Pacing::Paused);
    s.start();
    QTRY_COMPARE(s.readyWorkers().size(), std::size_t(3));
    QVERIFY(s.isSettled());
    QVERIFY(s.isRunning());
    std::vector<Event> all;
    const Scene scene = foldAll(s, all);
    for (const WorkerView &w : scene.workers()) {
        QCOMPARE(w.state, WorkerState::Ready);
        QCOMPARE(w.steps, 1);
    }
}

void TestStage::stepOnceLetsTheLongestWaitingGo()
{
    Stage s;
    StepLog log;
    addCountingWorkers(s, 2, 3, &log);
    s.setPacing(Pacing::Paused);
    s.start();
    QTRY_COMPARE(s.readyWorkers().size(), std::size_t(2));
    const int first = s.readyWorkers().front();
    QVERIFY(s.stepOnce());
    QTRY_VERIFY(s.isSettled() && s.readyWorkers().size() == 2);
    QCOMPARE(log.take(), std::vector<int>{first});
    // The other worker has now waited longest.
    QCOMPARE(s.readyWorkers().front(), 1 - first);
}

void TestStage::schedulerFollowsGrantOrder()
{
    Stage s;
    StepLog log;
    addCountingWorkers(s, 3, 4, &log);
    s.setPacing(Pacing::Scheduler);
    s.start();
    const std::vector<int> grants{2, 2, 0, 1, 0, 2, 1, 1};
    for (int g : grants)
        QVERIFY(s.grant(g));
    QTRY_VERIFY(s.isSettled());
    QCOMPARE(log.take(), grants);
    QCOMPARE(s.grants(), grants);
}

void TestStage::replayOfGrantsIsDeterministic()
{
    const std::vector<int> grants{1, 0, 0, 1, 1, 0};
    std::vector<int> first;
    for (int round = 0; round < 3; ++round) {
        Stage s;
        StepLog log;
        addCountingWorkers(s, 2, 5, &log);
        s.setPacing(Pacing::Scheduler);
        for (int g : grants)
            s.grant(g); // queued before start: applied as the workers arrive
        s.start();
        QTRY_VERIFY(s.isSettled() && s.grants().size() == grants.size());
        if (round == 0)
            first = log.take();
        else
            QCOMPARE(log.take(), first);
    }
    QCOMPARE(first, grants);
}

void TestStage::grantToFinishedWorkerIsRefused()
{
    Stage s;
    addCountingWorkers(s, 2, 1);
    s.setPacing(Pacing::Scheduler);
    s.start();
    QTRY_COMPARE(s.readyWorkers().size(), std::size_t(2));
    QVERIFY(s.grant(0));
    QTRY_VERIFY(s.isSettled());
    QVERIFY(!s.grant(0));
    QCOMPARE(s.readyWorkers(), std::vector<int>{1});
}

void TestStage::blockedWorkerIsSettledAndNotGrantable()
{
    Stage s;
    s.setSteps({QStringLiteral("take"), QStringLiteral("hold")});
    const int lockId = s.addLock(QStringLiteral("lock"));
    StageMutex mutex(s, lockId);
    for (int i = 0; i < 2; ++i)
        s.addWorker(QStringLiteral("W%1").arg(i), [&mutex](Worker &w) {
            w.at(0);
            StageLockGuard g(mutex, w);
            w.at(1);
        });
    s.setPacing(Pacing::Scheduler);
    s.start();
    QVERIFY(s.grant(0)); // W0 takes the lock, parks holding it
    QVERIFY(s.grant(1)); // W1 blocks on the lock
    QTRY_VERIFY(s.isSettled());
    QCOMPARE(s.readyWorkers(), std::vector<int>{0});
    QVERIFY(!s.grant(1));
    std::vector<Event> all;
    Scene scene = foldAll(s, all);
    QCOMPARE(scene.workers()[1].state, WorkerState::Blocked);
    QCOMPARE(scene.locks()[0].owner, 0);
    QCOMPARE(scene.locks()[0].waiters, std::vector<int>{1});
    QVERIFY(s.grant(0)); // W0 releases and ends; W1 gets the lock and parks at "hold"
    QTRY_VERIFY(s.isSettled() && s.readyWorkers() == std::vector<int>{1});
    scene = foldAll(s, all);
    QCOMPARE(scene.locks()[0].owner, 1);
    QCOMPARE(scene.handoffs().size(), std::size_t(1));
    QCOMPARE(scene.workers()[0].state, WorkerState::Finished);
}

void TestStage::stopIsPromptInEveryMode_data()
{
    QTest::addColumn<int>("pacing");
    QTest::newRow("run") << int(Pacing::Run);
    QTest::newRow("paused") << int(Pacing::Paused);
    QTest::newRow("scheduler") << int(Pacing::Scheduler);
    QTest::newRow("full-speed") << int(Pacing::FullSpeed);
}

void TestStage::stopIsPromptInEveryMode()
{
    QFETCH(int, pacing);
    Stage s;
    addCountingWorkers(s, 4, 1'000'000'000);
    s.setBeat(std::chrono::seconds(10)); // a beat far longer than the limit
    s.setPacing(Pacing(pacing));
    s.start();
    QTRY_VERIFY(s.eventsRecorded() > 8); // the workers are under way
    QElapsedTimer timer;
    timer.start();
    s.stop();
    const qint64 ms = timer.elapsed();
    QVERIFY2(ms < 1000, qPrintable(QStringLiteral("stop took %1 ms").arg(ms)));
    QVERIFY(s.isFinished());
    std::vector<Event> all;
    const Scene scene = foldAll(s, all);
    for (const WorkerView &w : scene.workers())
        QCOMPARE(w.state, WorkerState::Stopped);
}

void TestStage::stopUnwindsWorkerWaitingForALock()
{
    Stage s;
    s.setSteps({QStringLiteral("take"), QStringLiteral("hold")});
    StageMutex mutex(s, s.addLock(QStringLiteral("lock")));
    for (int i = 0; i < 2; ++i)
        s.addWorker(QStringLiteral("W%1").arg(i), [&mutex](Worker &w) {
            w.at(0);
            StageLockGuard g(mutex, w);
            w.at(1);
        });
    s.setPacing(Pacing::Scheduler);
    s.start();
    s.grant(0);
    s.grant(1);
    QTRY_VERIFY(s.isSettled() && s.readyWorkers() == std::vector<int>{0});
    QElapsedTimer timer;
    timer.start();
    s.stop();
    QVERIFY(timer.elapsed() < 1000);
    std::vector<Event> all;
    const Scene scene = foldAll(s, all);
    QCOMPARE(scene.workers()[0].state, WorkerState::Stopped);
    QCOMPARE(scene.workers()[1].state, WorkerState::Stopped);
    QCOMPARE(scene.locks()[0].owner, -1);
}

void TestStage::switchingPausedToRunResumes()
{
    Stage s;
    addCountingWorkers(s, 2, 10);
    s.setPacing(Pacing::Paused);
    s.setBeat(std::chrono::microseconds(0));
    s.start();
    QTRY_COMPARE(s.readyWorkers().size(), std::size_t(2));
    s.setPacing(Pacing::Run);
    QTRY_VERIFY(s.isFinished());
}

QTEST_GUILESS_MAIN(TestStage)
#include "tst_stage.moc"
