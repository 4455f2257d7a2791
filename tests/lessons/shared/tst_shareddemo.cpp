#include "shared/shareddemo.h"
#include "stage/scene.h"
#include "stage/trace.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace shared;
using stage::Pacing;
using stage::Scene;
using stage::WorkerState;

namespace {

SharedOptions opts(int threads, int rounds = 3)
{
    SharedOptions o;
    o.threads = threads;
    o.rounds = rounds;
    return o;
}

void fold(SharedDemo &demo, Scene &scene)
{
    scene.apply(demo.stage().drain());
}

/// Grants worker @p w @p n steps, one at a time, waiting for the stage to settle after each.
void grantSteps(SharedDemo &demo, int w, int n)
{
    for (int i = 0; i < n; ++i) {
        QTRY_VERIFY(demo.stage().isSettled());
        QVERIFY(demo.stage().grant(w));
    }
    QTRY_VERIFY(demo.stage().isSettled());
}

std::int64_t local(const stage::WorkerView &w, const char *name)
{
    for (const auto &v : w.locals)
        if (v.name == QLatin1String(name))
            return v.value;
    return -1;
}

QStringList functions(const stage::WorkerView &w)
{
    QStringList out;
    for (const auto &f : w.stack)
        out.append(f.function);
    return out;
}

} // namespace

class TestSharedDemo : public QObject
{
    Q_OBJECT
private slots:
    void everyThreadAddsToTheOneGlobal();
    void aGlobalWriteIsSeenByTheOtherThread();
    void aSampledFullSpeedRunEndsRight();
    void anUndrainedFullSpeedRunStaysBounded();
    void framesArePushedAndPoppedLastInFirstOut();
    void stopIsPromptInEveryMode_data();
    void stopIsPromptInEveryMode();
};

void TestSharedDemo::everyThreadAddsToTheOneGlobal()
{
    SharedDemo demo(opts(3, 4));
    demo.stage().setPacing(Pacing::FullSpeed);
    demo.stage().setSampleShift(0);
    demo.start();
    demo.stage().wait();
    Scene scene(demo.stage().info());
    fold(demo, scene);
    QCOMPARE(SharedDemo::expectedFinal(demo.options()), 100 + 4 * (1 + 10 + 100));
    QCOMPARE(scene.shared()[SharedDemo::GlobalId].value, SharedDemo::expectedFinal(demo.options()));
    QCOMPARE(demo.global(), SharedDemo::expectedFinal(demo.options()));
    for (const auto &w : scene.workers()) {
        QCOMPARE(w.state, WorkerState::Finished);
        QVERIFY(w.stack.empty());       // every frame popped
        QCOMPARE(local(w, "count"), 4); // each counted its own rounds, not the others'
    }
}

/// At full speed only a sample of the steps is recorded (a long run does not flood the
/// window), yet the stacks are never left half pushed and the final values are exact.
void TestSharedDemo::aSampledFullSpeedRunEndsRight()
{
    SharedDemo demo(opts(MaxThreads, 20'000));
    demo.stage().setPacing(Pacing::FullSpeed);
    demo.start();
    Scene scene(demo.stage().info());
    QElapsedTimer t;
    t.start();
    std::size_t maxDepth = 0;
    while (!demo.stage().isFinished() && t.elapsed() < 60'000) {
        fold(demo, scene);
        for (const auto &w : scene.workers())
            maxDepth = std::max(maxDepth, w.stack.size());
    }
    QVERIFY(demo.stage().isFinished());
    demo.stage().wait();
    fold(demo, scene);
    QVERIFY2(maxDepth <= 2, "work → add_one at most: no frame left behind by a skipped step");
    // Sampled: far fewer events than the 4 × 20 000 × 5 steps and their frames.
    QVERIFY2(demo.stage().eventsRecorded() < 4 * 20'000,
             qPrintable(QString::number(demo.stage().eventsRecorded())));
    QCOMPARE(scene.shared()[SharedDemo::GlobalId].value, SharedDemo::expectedFinal(demo.options()));
    for (const auto &w : scene.workers()) {
        QCOMPARE(w.state, WorkerState::Finished);
        QVERIFY(w.stack.empty());
        QCOMPARE(local(w, "count"), 20'000);
    }
}

/// Every step, push and pop recorded at full speed (sample shift 0), millions of them, with
/// nobody drawing: the trace keeps no more than its bound, yet the stacks, counts and g_num
/// fold right at the end.
void TestSharedDemo::anUndrainedFullSpeedRunStaysBounded()
{
    constexpr int Rounds = 60'000; // 4 × 60 000 × ~11 pushes and pops, 5 steps: ~4 M events
    SharedDemo demo(opts(MaxThreads, Rounds));
    demo.stage().setPacing(Pacing::FullSpeed);
    demo.stage().setSampleShift(0);
    demo.start();
    demo.stage().wait();
    QVERIFY2(demo.stage().eventsRecorded() > 4u * Rounds * 11,
             qPrintable(QString::number(demo.stage().eventsRecorded())));
    const std::vector<stage::Event> kept = demo.stage().drain();
    QVERIFY2(kept.size() <= stage::Trace::capacity() + 64,
             qPrintable(QString::number(kept.size())));
    Scene scene(demo.stage().info());
    scene.apply(kept);
    QCOMPARE(scene.shared()[SharedDemo::GlobalId].value, SharedDemo::expectedFinal(demo.options()));
    for (const auto &w : scene.workers()) {
        QCOMPARE(w.state, WorkerState::Finished);
        QVERIFY(w.stack.empty());
        QCOMPARE(local(w, "count"), Rounds);
    }
}

void TestSharedDemo::aGlobalWriteIsSeenByTheOtherThread()
{
    SharedDemo demo(opts(2));
    demo.stage().setPacing(Pacing::Scheduler);
    demo.start();
    Scene scene(demo.stage().info());
    // T1: enter → call → add → return → write (g_num = 101), parked at its write.
    grantSteps(demo, 0, 4);
    fold(demo, scene);
    QCOMPARE(scene.shared()[SharedDemo::GlobalId].value, 101);
    const auto &t1 = scene.workers()[0];
    const auto &t2 = scene.workers()[1];
    QCOMPARE(frameLocal(t1, "work", "count"), 1);
    QCOMPARE(frameLocal(t2, "work", "count"), 0); // T1's local did not reach T2's stack
    // T2 runs to its own write and read: it reads T1's write plus its own.
    grantSteps(demo, 1, 5);
    fold(demo, scene);
    QCOMPARE(scene.workers()[1].step, int(Step::ReadGlobal));
    QCOMPARE(local(scene.workers()[1], "g_num"), 111);
    QCOMPARE(frameLocal(scene.workers()[0], "work", "count"), 1);
    QCOMPARE(frameLocal(scene.workers()[1], "work", "count"), 1);
    // T1 reads next: it sees T2's write.
    grantSteps(demo, 0, 1);
    fold(demo, scene);
    QCOMPARE(scene.workers()[0].step, int(Step::ReadGlobal));
    QCOMPARE(local(scene.workers()[0], "g_num"), 111);
    demo.stage().stop();
}

void TestSharedDemo::framesArePushedAndPoppedLastInFirstOut()
{
    SharedDemo demo(opts(1, 1));
    demo.stage().setPacing(Pacing::Scheduler);
    demo.start();
    Scene scene(demo.stage().info());
    QTRY_VERIFY((fold(demo, scene), scene.workers()[0].state == WorkerState::Ready));
    QCOMPARE(functions(scene.workers()[0]), QStringList{"work"});
    grantSteps(demo, 0, 1); // parked at the call: add_one's frame on top
    fold(demo, scene);
    QCOMPARE(functions(scene.workers()[0]), (QStringList{"work", "add_one"}));
    QCOMPARE(frameLocal(scene.workers()[0], "add_one", "x"), 0);
    grantSteps(demo, 0, 1); // y = x + 1
    fold(demo, scene);
    QCOMPARE(frameLocal(scene.workers()[0], "add_one", "y"), 1);
    grantSteps(demo, 0, 1); // return y: add_one popped, work's count is 1
    fold(demo, scene);
    QCOMPARE(functions(scene.workers()[0]), QStringList{"work"});
    QCOMPARE(frameLocal(scene.workers()[0], "work", "count"), 1);
    demo.stage().setPacing(Pacing::FullSpeed);
    QTRY_VERIFY(demo.stage().isFinished());
    fold(demo, scene);
    QVERIFY(scene.workers()[0].stack.empty());
}

void TestSharedDemo::stopIsPromptInEveryMode_data()
{
    QTest::addColumn<int>("pacing");
    for (int p = 0; p < 4; ++p)
        QTest::addRow("pacing%d", p) << p;
}

void TestSharedDemo::stopIsPromptInEveryMode()
{
    QFETCH(int, pacing);
    SharedDemo demo(opts(MaxThreads, 1'000'000));
    demo.stage().setPacing(Pacing(pacing));
    demo.stage().setBeat(std::chrono::milliseconds(5));
    demo.start();
    QTRY_VERIFY(demo.stage().eventsRecorded() > 8);
    QElapsedTimer t;
    t.start();
    demo.stage().stop();
    QVERIFY2(t.elapsed() < 1000, qPrintable(QString::number(t.elapsed())));
    QVERIFY(demo.stage().isFinished());
}

QTEST_GUILESS_MAIN(TestSharedDemo)
#include "tst_shareddemo.moc"
