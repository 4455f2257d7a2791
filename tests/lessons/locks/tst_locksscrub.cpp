#include "locks/lockspanel.h"
#include "widgets/lessonpanel.h"

#include <QImage>
#include <QSignalSpy>
#include <QtTest>
#include <random>

using namespace locks;

namespace {

/// One frame the class saw live: after which event, the Scene the views drew, the page drawn.
struct Frame
{
    std::size_t events = 0;
    stage::Scene scene;
    QImage image;
};

RaceOptions opts(int threads, std::int64_t iterations, bool lock)
{
    RaceOptions o;
    o.threads = threads;
    o.iterations = iterations;
    o.lock = lock;
    return o;
}

} // namespace

/// The scrubber over the recorded run: every frame the class saw live after a step comes back
/// exactly — the same Scene, the same pixels on every view — when the teacher scrubs to it.
class TestLocksScrub : public QObject
{
    Q_OBJECT
private slots:
    void scrubbingReproducesEveryFrameSeenLive_data();
    void scrubbingReproducesEveryFrameSeenLive();
    void playAndStepFromThePast();
    void replayFromHereInSchedulerMode_data();
    void replayFromHereInSchedulerMode();
};

void TestLocksScrub::scrubbingReproducesEveryFrameSeenLive_data()
{
    QTest::addColumn<bool>("lock");
    QTest::newRow("lock off") << false;
    QTest::newRow("lock on") << true;
}

void TestLocksScrub::scrubbingReproducesEveryFrameSeenLive()
{
    QFETCH(bool, lock);
    LocksPanel panel;
    panel.resize(1280, 800);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setOptions(opts(2, 3, lock));
    // The focus on the panel, not in a spin box: a blinking text cursor is no view of the run.
    panel.setFocus();
    QTRY_VERIFY(panel.hasFocus());
    widgets::RunDriver &driver = panel.driver();
    // Slow motion: one step every ~90 ms, several frames drawn between two steps.
    panel.setSpeed(40);
    QVERIFY(widgets::LessonPanel::beatMicroseconds(40) > 50000);

    std::vector<Frame> frames;
    // After the panel's own frame handler: the views have what they show.
    connect(&driver, &widgets::RunDriver::frame, this, [&] {
        if (!driver.isLive() || !driver.run())
            return;
        const stage::Stage &st = driver.run()->stage();
        const std::uint64_t recorded = st.eventsRecorded();
        // Only frames between steps: every worker parked, blocked or done, nothing undrained
        // (a frame caught while a worker moves is not the picture after any step).
        if (!st.isSettled() || recorded != driver.events().size() ||
            st.eventsRecorded() != recorded || (st.isFinished() && !panel.scene().finished()))
            return;
        if (!frames.empty() && frames.back().events == recorded)
            return;
        frames.push_back({std::size_t(recorded), panel.scene(), panel.grab().toImage()});
    });
    QSignalSpy finished(&driver, &widgets::RunDriver::finished);
    panel.play();
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 20000);
    disconnect(&driver, &widgets::RunDriver::frame, this, nullptr);
    const int steps = driver.recordedSteps();
    QVERIFY(steps > 10);
    QCOMPARE(driver.shownStep(), steps);
    QVERIFY2(frames.size() >= 5, qPrintable(QString::number(frames.size())));

    // Back over the run, then in a jumbled order: each frame seen live, exactly.
    std::vector<std::size_t> order(frames.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = order.size() - 1 - i;
    std::vector<std::size_t> jumbled = order;
    std::shuffle(jumbled.begin(), jumbled.end(), std::mt19937(3));
    order.insert(order.end(), jumbled.begin(), jumbled.end());
    for (std::size_t i : order) {
        const Frame &f = frames[i];
        const std::ptrdiff_t step = driver.recording().stepEndingAt(f.events);
        QVERIFY2(step >= 0, qPrintable(QStringLiteral("no step ends at event %1").arg(f.events)));
        panel.showStep(int(step));
        QCOMPARE(driver.shownStep(), int(step));
        QCOMPARE(driver.isLive(), step == steps);
        QCOMPARE(driver.shownEvents().size(), f.events);
        QVERIFY2(panel.scene() == f.scene,
                 qPrintable(QStringLiteral("step %1 of %2: another scene").arg(step).arg(steps)));
        if (const QString dir = qEnvironmentVariable("CC_SCRUB_SHOTS"); !dir.isEmpty()) {
            f.image.save(QStringLiteral("%1/live-%2.png").arg(dir).arg(step));
            panel.grab().save(QStringLiteral("%1/scrub-%2.png").arg(dir).arg(step));
        }
        QVERIFY2(panel.grab().toImage() == f.image,
                 qPrintable(QStringLiteral("step %1 of %2: other pixels").arg(step).arg(steps)));
    }
    // The end of the recording is the live run.
    panel.showStep(steps);
    QVERIFY(driver.isLive());
    QVERIFY(&panel.scene() == &driver.liveScene());
    panel.shutdown();
}

void TestLocksScrub::playAndStepFromThePast()
{
    LocksPanel panel;
    panel.setOptions(opts(2, 3, false));
    widgets::RunDriver &driver = panel.driver();
    for (int i = 0; i < 6; ++i)
        panel.step();
    QTRY_VERIFY((panel.refresh(),
                 driver.run()->stage().grants().size() == 6 && driver.run()->stage().isSettled()));
    panel.refresh();
    const int steps = driver.recordedSteps();
    QVERIFY(steps >= 8); // two first arrivals and six presses
    QSignalSpy recording(&panel, &widgets::LessonPanel::recordingChanged);
    panel.showStep(3);
    QVERIFY(!recording.isEmpty());
    QCOMPARE(panel.shownStep(), 3);
    QCOMPARE(panel.recordedSteps(), steps);
    // Step while looking back: forward through the recording; the real run does not move.
    panel.step();
    QCOMPARE(panel.shownStep(), 4);
    panel.refresh();
    QCOMPARE(driver.run()->stage().grants().size(), std::size_t(6));
    // Play: back to the live run, which goes on from where it stands.
    panel.play();
    QVERIFY(driver.isLive());
    QTRY_VERIFY((panel.refresh(), driver.recordedSteps() > steps));
    // Looking back while playing pauses the real run first.
    panel.showStep(1);
    QVERIFY(!panel.isPlaying());
    QVERIFY(!driver.isLive());
    panel.reset(); // a fresh run: nothing recorded, live
    QVERIFY(driver.isLive());
    QCOMPARE(driver.recordedSteps(), 0);
    panel.shutdown();
}

void TestLocksScrub::replayFromHereInSchedulerMode_data()
{
    QTest::addColumn<int>("threads");
    QTest::addColumn<std::vector<int>>("order");
    QTest::addColumn<int>("back"); // grants before the step looked at
    QTest::newRow("2 threads") << 2 << std::vector<int>{0, 0, 1, 0, 1, 0, 0} << 4;
    // T2 and T3 wait in line behind T1; back to where T1 has just handed the lock on.
    QTest::newRow("3 threads, two in line")
        << 3 << std::vector<int>{0, 0, 1, 2, 0, 0, 1, 0, 2} << 6;
}

void TestLocksScrub::replayFromHereInSchedulerMode()
{
    QFETCH(int, threads);
    QFETCH(std::vector<int>, order);
    QFETCH(int, back);
    LocksPanel panel;
    panel.setOptions(opts(threads, 3, true));
    widgets::RunDriver &driver = panel.driver();
    driver.setSchedulerMode(true);
    for (std::size_t i = 0; i < order.size(); ++i) {
        QTRY_VERIFY((panel.refresh(), driver.run()->stage().isSettled() &&
                                          driver.run()->stage().grants().size() == i));
        // The one named may be waiting for the lock: then the first ready goes.
        const std::vector<int> ready = driver.grantable();
        QVERIFY(!ready.empty());
        QVERIFY(driver.grant(std::find(ready.begin(), ready.end(), order[i]) != ready.end()
                                 ? order[i]
                                 : ready.front()));
    }
    QTRY_VERIFY((panel.refresh(), driver.run()->stage().isSettled() &&
                                      driver.run()->stage().grants().size() == order.size()));
    panel.refresh();
    const std::vector<int> granted = driver.run()->stage().grants();
    // Back to the step after grant `back`: the grant that begins the next step is the one after.
    const stage::Recording &rec = driver.recording();
    int step = -1;
    for (int s = 0; s < driver.recordedSteps(); ++s)
        if (rec.grantsBefore(std::size_t(s)).size() == std::size_t(back) &&
            rec.events()[rec.cut(std::size_t(s))].kind == stage::EventKind::Grant)
            step = s;
    QVERIFY(step > 0);
    panel.showStep(step);
    const stage::Scene then = panel.scene();
    QVERIFY(driver.canReplayFromHere());
    QVERIFY(driver.canUndo()); // the scheduler's Undo replays from the step shown
    driver.undo();
    QVERIFY(driver.isLive());
    QVERIFY(driver.schedulerMode());
    QTRY_VERIFY((panel.refresh(), driver.run()->stage().isSettled() &&
                                      driver.run()->stage().grants().size() == std::size_t(back)));
    panel.refresh();
    QCOMPARE(driver.run()->stage().grants(),
             std::vector<int>(granted.begin(), granted.begin() + back));
    // The real workers stand where the picture was: same steps, locals, counter and lock.
    for (std::size_t w = 0; w < then.workers().size(); ++w) {
        QCOMPARE(panel.scene().workers()[w].steps, then.workers()[w].steps);
        QCOMPARE(panel.scene().workers()[w].state, then.workers()[w].state);
        QCOMPARE(panel.scene().workers()[w].locals, then.workers()[w].locals);
    }
    QCOMPARE(panel.scene().shared(), then.shared());
    QCOMPARE(panel.scene().locks()[0].owner, then.locks()[0].owner);
    QCOMPARE(panel.scene().locks()[0].waiters, then.locks()[0].waiters);
    if (threads == 3) { // the hand-off the picture shows is the one the real run made
        QVERIFY(then.locks()[0].owner >= 0);
        QVERIFY(!then.locks()[0].waiters.empty());
    }
    panel.shutdown();
}

QTEST_MAIN(TestLocksScrub)
#include "tst_locksscrub.moc"
