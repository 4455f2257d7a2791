#include "multitasking/asynctasks.h"
#include "stage/scene.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QSignalSpy>
#include <QTimer>
#include <QtTest>

using namespace multitasking;

namespace {

TasksOptions opts(Kind kind, int chunks)
{
    TasksOptions o;
    o.mode = Mode::Async;
    o.kind = kind;
    o.chunks = chunks;
    return o;
}

} // namespace

class TestAsyncTasks : public QObject
{
    Q_OBJECT
private slots:
    void bothTasksRunWhileTheCallerGoesOn();
    void theSceneShowsBothLanes();
    void cancelStopsAtTheNextChunk_data();
    void cancelStopsAtTheNextChunk();
    void runTasksDispatchesEveryMode();
};

void TestAsyncTasks::bothTasksRunWhileTheCallerGoesOn()
{
    AsyncTasks tasks(opts(Kind::Cpu, 200));
    QFutureWatcher<void> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
    int heartbeats = 0;
    QTimer heartbeat;
    connect(&heartbeat, &QTimer::timeout, this, [&heartbeats] { ++heartbeats; });
    heartbeat.start(5);
    tasks.start();
    watcher.setFuture(tasks.future(1));
    QVERIFY(!tasks.isFinished()); // start() returned at once
    QVERIFY(finished.wait(30000));
    tasks.future(0).waitForFinished();
    QTRY_VERIFY(tasks.isFinished());
    QVERIFY2(heartbeats > 0, "the caller's event loop kept beating while the tasks ran");
    const TasksResult r = tasks.result(chunksFrom(tasks.drain()));
    QCOMPARE(r.mode, Mode::Async);
    QCOMPARE(r.chunksDone[0], 200);
    QCOMPARE(r.chunksDone[1], 200);
    QVERIFY(!r.cpus.empty());
    QVERIFY(r.elapsedMs > 0);
}

void TestAsyncTasks::theSceneShowsBothLanes()
{
    AsyncTasks tasks(opts(Kind::Io, 3));
    tasks.start();
    tasks.wait();
    stage::Scene scene(tasks.info());
    QTRY_VERIFY((scene.apply(tasks.drain()), scene.finished()));
    QCOMPARE(scene.workers().size(), std::size_t(2));
    for (const auto &w : scene.workers()) {
        QCOMPARE(w.state, stage::WorkerState::Finished);
        QCOMPARE(w.steps, 3);
        QVERIFY(w.cpu >= 0);
    }
}

void TestAsyncTasks::cancelStopsAtTheNextChunk_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addRow("cpu") << Kind::Cpu;
    QTest::addRow("io") << Kind::Io;
}

void TestAsyncTasks::cancelStopsAtTheNextChunk()
{
    QFETCH(Kind, kind);
    AsyncTasks tasks(opts(kind, 100000)); // far longer than the test
    tasks.start();
    std::vector<stage::Event> events;
    QTRY_VERIFY((std::ranges::move(tasks.drain(), std::back_inserter(events)),
                 chunksFrom(events).size() >= 4));
    QElapsedTimer t;
    t.start();
    tasks.stop();
    QVERIFY2(t.elapsed() < 1000, qPrintable(QString::number(t.elapsed())));
    QVERIFY(tasks.isFinished());
    std::ranges::move(tasks.drain(), std::back_inserter(events));
    stage::Scene scene(tasks.info());
    scene.apply(events);
    for (const auto &w : scene.workers())
        QCOMPARE(w.state, stage::WorkerState::Stopped);
    QVERIFY(chunksFrom(events).size() < 200000);
}

void TestAsyncTasks::runTasksDispatchesEveryMode()
{
    for (Mode m : {Mode::Sync, Mode::Async, Mode::Parallel, Mode::Concurrent}) {
        TasksOptions o = opts(Kind::Io, 2);
        o.mode = m;
        const TasksResult r = runTasks(o);
        if (!unavailableReason(m).isEmpty()) {
            QVERIFY(!r.error.isEmpty());
            continue;
        }
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.mode, m);
        QCOMPARE(r.chunksDone[0] + r.chunksDone[1], 4);
        QVERIFY(r.elapsedMs >= 20); // two chunks of 10 ms waited at least
    }
}

QTEST_GUILESS_MAIN(TestAsyncTasks)
#include "tst_asynctasks.moc"
