#include "stage/scene.h"
#include "stage/stage.h"
#include "stage/stagemutex.h"
#include "stage/stagequeue.h"

#include <QElapsedTimer>
#include <QThreadPool>
#include <QtTest>
#include <memory>

using namespace stage;

Q_DECLARE_METATYPE(stage::Pacing)

namespace {

/// Worker 1 of every case: steps for ever, so there is always someone else to grant.
void stepper(Worker &w)
{
    for (std::int64_t i = 0;; ++i)
        w.at(0, {{"i", i}});
}

/// A stage whose worker 0 ends up blocked on one kind of object while worker 1 keeps stepping.
struct Case
{
    Stage stage;
    std::unique_ptr<StageQueue<int>> queue;
    std::unique_ptr<StageMutex> mutex;
    std::unique_ptr<StageCondition> condition;
    ObjectKind expected = ObjectKind::None;
};

std::unique_ptr<Case> makeCase(const QString &kind)
{
    auto c = std::make_unique<Case>();
    Stage &s = c->stage;
    s.setSteps({QStringLiteral("step")});
    auto label = [](const int &v) { return Value{"item", v}; };
    Stage::Body blocker;
    if (kind == QLatin1String("put")) {
        c->queue = std::make_unique<StageQueue<int>>(s, s.addQueue(QStringLiteral("q"), 1, false),
                                                     1, false, label);
        c->expected = ObjectKind::Queue;
        blocker = [q = c->queue.get()](Worker &w) {
            w.at(0);
            q->put(w, 1);
            q->put(w, 2); // full: blocks until a get or stop
        };
    } else if (kind == QLatin1String("get")) {
        c->queue = std::make_unique<StageQueue<int>>(s, s.addQueue(QStringLiteral("q"), 0, true), 0,
                                                     true, label);
        c->expected = ObjectKind::Queue;
        blocker = [q = c->queue.get()](Worker &w) {
            w.at(0);
            q->get(w); // empty: blocks until a put or stop
        };
    } else if (kind == QLatin1String("condition")) {
        c->mutex = std::make_unique<StageMutex>(s, s.addLock(QStringLiteral("lock")));
        c->condition =
            std::make_unique<StageCondition>(s, s.addCondition(QStringLiteral("cv")), *c->mutex);
        c->expected = ObjectKind::Condition;
        blocker = [m = c->mutex.get(), cv = c->condition.get()](Worker &w) {
            w.at(0);
            StageLockGuard guard(*m, w);
            cv->wait(guard); // nobody notifies
        };
    } else if (kind == QLatin1String("join")) {
        c->expected = ObjectKind::Worker;
        blocker = [&s](Worker &w) {
            w.at(0);
            s.join(w, 1); // the stepper never ends
        };
    } else if (kind == QLatin1String("sleep")) {
        c->expected = ObjectKind::Timer;
        blocker = [](Worker &w) {
            w.at(0);
            w.sleep(std::chrono::hours(1), BlockOp::Io);
        };
    }
    s.addWorker(QStringLiteral("B"), blocker);
    s.addWorker(QStringLiteral("S"), stepper);
    return c;
}

} // namespace

class TestBlocking : public QObject
{
    Q_OBJECT
private slots:
    void blockedIsSettledAndStopUnblocks_data();
    void blockedIsSettledAndStopUnblocks();
    void queueKeepsOrderAndReleasesPutters();
    void nowaitCallsAnswerAtOnce();
    void conditionNotifyWakesTheWaiter();
    void runPacingVariesWithTheSeedAndReplays();
    void everyItemOnceUnderManyProducersAndConsumers();
    void traceStaysBoundedWhenNobodyDrains();
    void poolTasksAndRunTimeWorkersArePacedLikeThreads();
};

void TestBlocking::blockedIsSettledAndStopUnblocks_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<stage::Pacing>("pacing");
    const std::pair<const char *, Pacing> modes[] = {{"run", Pacing::Run},
                                                     {"paused", Pacing::Paused},
                                                     {"scheduler", Pacing::Scheduler},
                                                     {"full", Pacing::FullSpeed}};
    for (const char *kind : {"put", "get", "condition", "join", "sleep"})
        for (const auto &[name, pacing] : modes)
            QTest::addRow("%s-%s", kind, name) << QString::fromLatin1(kind) << pacing;
}

void TestBlocking::blockedIsSettledAndStopUnblocks()
{
    QFETCH(QString, kind);
    QFETCH(stage::Pacing, pacing);
    auto c = makeCase(kind);
    Stage &s = c->stage;
    s.setBeat(std::chrono::microseconds(0));
    s.setPacing(pacing);
    s.start();
    if (pacing == Pacing::Paused || pacing == Pacing::Scheduler) {
        // Let the blocker past its first step; then it blocks and the stage settles.
        QTRY_VERIFY_WITH_TIMEOUT(s.readyWorkers().size() == 2, 1000);
        QVERIFY(s.grant(0));
    }
    QTRY_COMPARE_WITH_TIMEOUT(s.blockedOn(0), c->expected, 1000);
    if (pacing == Pacing::Paused || pacing == Pacing::Scheduler) {
        QTRY_VERIFY_WITH_TIMEOUT(s.isSettled(), 1000);
        QVERIFY(!s.grant(0)); // blocked: nothing to grant
        // Grants go on to the other worker.
        for (int k = 0; k < 3; ++k) {
            QTRY_VERIFY_WITH_TIMEOUT(s.readyWorkers() == std::vector<int>{1}, 1000);
            QVERIFY(s.grant(1));
        }
        QTRY_VERIFY_WITH_TIMEOUT(s.isSettled(), 1000);
        QCOMPARE(s.grants(), (std::vector<int>{0, 1, 1, 1}));
    }
    QElapsedTimer t;
    t.start();
    s.stop();
    QVERIFY2(t.elapsed() < 1000, qPrintable(QStringLiteral("stop took %1 ms").arg(t.elapsed())));
    QVERIFY(s.isFinished());
    Scene scene(s.info());
    scene.apply(s.drain());
    QCOMPARE(scene.workers()[0].state, WorkerState::Stopped);
    QCOMPARE(scene.workers()[1].state, WorkerState::Stopped);
}

void TestBlocking::queueKeepsOrderAndReleasesPutters()
{
    for (bool lifo : {false, true}) {
        Stage s;
        s.setPacing(Pacing::FullSpeed);
        const int id = s.addQueue(QStringLiteral("q"), 2, lifo);
        StageQueue<int> q(s, id, 2, lifo, [](const int &v) { return Value{"item", v}; });
        std::vector<int> got;
        std::atomic<bool> putterDone{false};
        s.addWorker(QStringLiteral("P"), [&](Worker &w) {
            for (int i = 1; i <= 3; ++i)
                q.put(w, i); // the third blocks until the consumer takes one
            putterDone = true;
        });
        s.start();
        QTRY_COMPARE_WITH_TIMEOUT(s.blockedOn(0), ObjectKind::Queue, 1000);
        QCOMPARE(q.size(), 2);
        QVERIFY(q.full());
        s.addWorker(QStringLiteral("C"), [&](Worker &w) {
            for (int i = 0; i < 3; ++i)
                got.push_back(q.get(w));
        });
        s.wait();
        QVERIFY(putterDone);
        // FIFO: 1 2 3. LIFO: 2 (top of {1,2}) then 3 pushed once room was made… or 1: the
        // consumer's first get frees the putter, whose 3 lands on top before or after the next
        // get. Either way the stack discipline holds: every get takes the newest item present.
        if (!lifo)
            QCOMPARE(got, (std::vector<int>{1, 2, 3}));
        else
            QVERIFY(got.front() == 2 &&
                    std::is_permutation(got.begin(), got.end(), std::vector<int>{1, 2, 3}.begin()));
        Scene scene(s.info());
        scene.apply(s.drain());
        QVERIFY(scene.queues()[0].items.isEmpty());
    }
}

void TestBlocking::nowaitCallsAnswerAtOnce()
{
    Stage s;
    StageQueue<int> q(s, s.addQueue(QStringLiteral("q"), 1, false), 1, false, [](const int &v) {
        return Value{"item", v};
    });
    bool emptyRaised = false, fullRaised = false, putOk = false;
    s.addWorker(QStringLiteral("T"), [&](Worker &w) {
        emptyRaised = !q.tryGet(w).has_value();
        putOk = q.tryPut(w, 7);
        fullRaised = !q.tryPut(w, 8);
    });
    s.setPacing(Pacing::FullSpeed);
    s.start();
    s.wait();
    QVERIFY(emptyRaised);
    QVERIFY(putOk);
    QVERIFY(fullRaised);
    QCOMPARE(q.size(), 1);
}

void TestBlocking::conditionNotifyWakesTheWaiter()
{
    Stage s;
    StageMutex m(s, s.addLock(QStringLiteral("lock")));
    StageCondition cv(s, s.addCondition(QStringLiteral("cv")), m);
    std::atomic<bool> woke{false};
    s.addWorker(QStringLiteral("W"), [&](Worker &w) {
        StageLockGuard g(m, w);
        cv.wait(g);
        woke = g.ownsLock();
    });
    s.setPacing(Pacing::FullSpeed);
    s.start();
    QTRY_COMPARE_WITH_TIMEOUT(s.blockedOn(0), ObjectKind::Condition, 1000);
    s.addWorker(QStringLiteral("N"), [&](Worker &w) {
        StageLockGuard g(m, w);
        cv.notifyOne(w);
    });
    s.wait();
    QVERIFY(woke);
}

void TestBlocking::runPacingVariesWithTheSeedAndReplays()
{
    auto order = [](std::uint64_t seed) {
        Stage s;
        s.setSteps({QStringLiteral("step")});
        for (int i = 0; i < 3; ++i)
            s.addWorker(QStringLiteral("T%1").arg(i), [](Worker &w) {
                for (int k = 0; k < 6; ++k)
                    w.at(0);
            });
        s.setSeed(seed);
        s.setBeat(std::chrono::microseconds(0));
        s.setPacing(Pacing::Run);
        s.start();
        s.wait();
        return s.grants();
    };
    const std::vector<int> a = order(1), b = order(1), c = order(2);
    QCOMPARE(a.size(), std::size_t(18));
    QCOMPARE(a, b); // same seed, same interleaving
    QVERIFY(a != c);
    QVERIFY(a != (std::vector<int>{0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2}));
}

void TestBlocking::everyItemOnceUnderManyProducersAndConsumers()
{
    Stage s;
    s.setPacing(Pacing::FullSpeed);
    StageQueue<int> q(s, s.addQueue(QStringLiteral("q"), 4, false), 4, false, [](const int &v) {
        return Value{"item", v};
    });
    constexpr int Producers = 8, PerProducer = 500;
    std::vector<std::atomic<int>> seen(Producers * PerProducer);
    for (int p = 0; p < Producers; ++p)
        s.addWorker(QStringLiteral("P%1").arg(p), [&, p](Worker &w) {
            for (int i = 0; i < PerProducer; ++i)
                q.put(w, p * PerProducer + i);
        });
    for (int c = 0; c < 8; ++c)
        s.addWorker(QStringLiteral("C%1").arg(c), [&](Worker &w) {
            for (int i = 0; i < PerProducer; ++i)
                seen[std::size_t(q.get(w))].fetch_add(1);
        });
    s.start();
    s.wait();
    for (const auto &n : seen)
        QCOMPARE(n.load(), 1);
}

void TestBlocking::traceStaysBoundedWhenNobodyDrains()
{
    Stage s;
    s.setSteps({QStringLiteral("step")});
    s.setPacing(Pacing::FullSpeed);
    s.setSampleShift(0); // record every step: the worst case for memory
    for (int i = 0; i < 4; ++i)
        s.addWorker(QStringLiteral("T%1").arg(i), [](Worker &w) {
            for (int k = 0; k < 200000; ++k)
                w.at(0, {{"k", k}});
        });
    s.start();
    s.wait();
    const std::vector<Event> kept = s.drain();
    QVERIFY(kept.size() <= Trace::capacity() + 16);
    QVERIFY(s.eventsDropped() > 0);
    Scene scene(s.info());
    scene.apply(kept);
    QVERIFY(scene.finished()); // the run's structure survives the bound
    for (const WorkerView &w : scene.workers())
        QCOMPARE(w.state, WorkerState::Finished);
}

void TestBlocking::poolTasksAndRunTimeWorkersArePacedLikeThreads()
{
    QThreadPool pool;
    pool.setMaxThreadCount(2);
    Stage s;
    s.setSteps({QStringLiteral("step")});
    s.setPacing(Pacing::Scheduler);
    auto body = [](Worker &w) {
        for (int k = 0; k < 3; ++k)
            w.at(0, {{"k", k}});
    };
    s.addPoolTask(QStringLiteral("task"), body, &pool);
    s.start();
    QTRY_VERIFY_WITH_TIMEOUT(s.readyWorkers() == std::vector<int>{0}, 1000);
    QCOMPARE(s.workerKind(0), WorkerKind::PoolTask);
    const int late = s.addWorker(QStringLiteral("late"), body); // added while the run goes on
    QCOMPARE(late, 1);
    QTRY_VERIFY_WITH_TIMEOUT(s.readyWorkers().size() == 2, 1000);
    for (int w : {1, 0, 1}) {
        QTRY_VERIFY_WITH_TIMEOUT(s.isSettled(), 1000);
        QVERIFY(s.grant(w));
    }
    QTRY_VERIFY_WITH_TIMEOUT(s.isSettled() && s.readyWorkers().size() == 2, 1000);
    Scene scene(s.info());
    scene.apply(s.drain());
    QCOMPARE(scene.workers().size(), std::size_t(2));
    QCOMPARE(scene.workers()[1].name, QStringLiteral("late"));
    QCOMPARE(scene.workers()[0].steps, 2);
    QCOMPARE(scene.workers()[1].steps, 3);
    QElapsedTimer t;
    t.start();
    s.stop();
    QVERIFY(t.elapsed() < 1000);
    QVERIFY(s.isFinished());
}

QTEST_GUILESS_MAIN(TestBlocking)
#include "tst_blocking.moc"
