#include "shared/sharedpanel.h"
#include "widgets/memorymapview.h"

#include <QElapsedTimer>
#include <QtTest>
#include <algorithm>

using namespace shared;

namespace {

/// Shows @p panel set for a run that outlasts any test: every thread it allows, ten million
/// rounds each.
void showLongRun(SharedPanel &panel)
{
    panel.show();
    SharedOptions o;
    o.threads = MaxThreads;
    o.rounds = 10'000'000;
    panel.setOptions(o);
}

} // namespace

class TestSharedPanel : public QObject
{
    Q_OBJECT
private slots:
    void theTeacherStepsOneThreadAndTheOtherSeesItsWrite();
    void shutdownIsPromptInEveryMode_data();
    void shutdownIsPromptInEveryMode();
    void aLongFullSpeedRunFoldsABoundedAmountPerFrame();
};

void TestSharedPanel::theTeacherStepsOneThreadAndTheOtherSeesItsWrite()
{
    SharedPanel panel;
    panel.resize(1024, 700);
    panel.show();
    panel.driver().setSchedulerMode(true);
    const auto grant = [&panel](int w, int n) {
        for (int i = 0; i < n; ++i) {
            QTRY_VERIFY((panel.refresh(), !panel.driver().grantable().empty()));
            QVERIFY(panel.driver().grant(w));
        }
        QTRY_VERIFY((panel.refresh(), panel.demo()->stage().isSettled()));
        panel.refresh();
    };
    grant(0, 4); // T1 writes g_num
    QCOMPARE(panel.scene().shared()[0].value, 101);
    QCOMPARE(panel.memoryMap()->highlightedGlobal(), 0);
    QCOMPARE(frameLocal(panel.scene().workers()[1], "work", "count"), 0);
    grant(1, 5); // T2 writes and reads: it sees T1's write
    bool seen = false;
    for (const auto &v : panel.scene().workers()[1].locals)
        seen |= v.name == QLatin1String("g_num") && v.value == 111;
    QVERIFY(seen);
}

void TestSharedPanel::shutdownIsPromptInEveryMode_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("runMs");
    for (int m = 0; m < 4; ++m)
        QTest::addRow("mode%d", m) << m << 0;
    // Full speed for a while: the trace, the Scene and every stack have grown, as in class.
    QTest::addRow("mode3 after 2 s") << 3 << 2000;
}

void TestSharedPanel::shutdownIsPromptInEveryMode()
{
    QFETCH(int, mode);
    QFETCH(int, runMs);
    SharedPanel panel;
    showLongRun(panel);
    if (mode == 2) {
        panel.driver().setSchedulerMode(true);
    } else {
        panel.setSpeed(mode == 3 ? widgets::LessonPanel::FullSpeed : 0);
        panel.play();
        if (mode == 1)
            panel.pause();
    }
    QTRY_VERIFY((panel.refresh(), panel.scene().eventCount() > 8));
    if (runMs > 0) {
        QElapsedTimer running;
        running.start();
        QTRY_VERIFY_WITH_TIMEOUT(running.elapsed() >= runMs, runMs + 5000); // frames go on
    }
    QElapsedTimer t;
    t.start();
    panel.shutdown();
    qInfo("shutdown took %lld ms", qint64(t.elapsed()));
    QVERIFY2(t.elapsed() < 1000, qPrintable(QString::number(t.elapsed())));
    QVERIFY(!panel.isPlaying());
}

/// A long full-speed run (four threads, eight million steps): each frame folds only the events
/// recorded since the last one, and what it folds does not grow as the run goes on; the Scene
/// keeps a sample of the steps (one in 2^12 per worker, the stage's default), not every one,
/// and each stack at most its two frames. Counts, not wall-clock.
void TestSharedPanel::aLongFullSpeedRunFoldsABoundedAmountPerFrame()
{
    SharedPanel panel;
    showLongRun(panel);
    std::vector<std::size_t> perFrame;
    std::size_t folded = 0;
    connect(&panel.driver(), &widgets::RunDriver::frame, &panel, [&] {
        perFrame.push_back(panel.scene().eventCount() - folded);
        folded = panel.scene().eventCount();
    });
    panel.setSpeed(widgets::LessonPanel::FullSpeed);
    panel.play();
    const auto steps = [&] {
        std::int64_t n = 0;
        for (const stage::WorkerView &w : panel.scene().workers())
            n += w.steps;
        return n;
    };
    QTRY_VERIFY_WITH_TIMEOUT(steps() >= 8'000'000, 60000); // a hang bound
    const std::size_t half = perFrame.size() / 2;
    QVERIFY2(half > 10, qPrintable(QString::number(perFrame.size())));
    const std::size_t early = *std::max_element(perFrame.begin(), perFrame.begin() + half);
    const std::size_t late = *std::max_element(perFrame.begin() + half, perFrame.end());
    std::size_t phases = 0;
    for (const stage::WorkerView &w : panel.scene().workers()) {
        phases += w.phases.size();
        QVERIFY(w.stack.size() <= 2);
    }
    qInfo("%zu frames, at most %zu then %zu events folded a frame; %zu phases kept for %lld "
          "steps, %zu events recorded",
          perFrame.size(), early, late, phases, qint64(steps()), panel.traceEvents().size());
    QVERIFY2(late <= 2 * early + 64,
             qPrintable(QStringLiteral("%1 > 2 x %2").arg(late).arg(early)));
    QVERIFY2(phases <= std::size_t(steps() / 1024) + 64, qPrintable(QString::number(phases)));
    QCOMPARE(folded, panel.scene().eventCount());
    panel.shutdown();
}

QTEST_MAIN(TestSharedPanel)
#include "tst_sharedpanel.moc"
