#include "../lessonshots.h"
#include "threads/creationchart.h"
#include "threads/threadspanel.h"

#include <QtTest>

using namespace threads;
using lessonshots::outOfView;

/// The threads lesson in the real window (MainWindow), apart from the panel's own tests so those
/// need not link the whole app.
class TestThreadsShots : public QObject
{
    Q_OBJECT
private slots:
    void screenshots_data() { lessonshots::addRows(); }
    void screenshots();
};

/// The most threads the panel offers, mid-run (names, TIDs, main waiting in join) and finished
/// with the creation-cost chart measured, the chart in view. Nothing cut off, elided or
/// overlapping.
void TestThreadsShots::screenshots()
{
    lessonshots::shoot(
        QStringLiteral("threads"),
        [](widgets::LessonPanel *lp) {
            auto *panel = qobject_cast<ThreadsPanel *>(lp);
            QVERIFY(panel);
            ThreadsOptions o;
            o.count = 12;       // the panel's most
            o.sleepMs = 60'000; // they stay in their first sleep until the run is finished
            panel->setOptions(o);
            panel->setSpeed(widgets::LessonPanel::FullSpeed);
            panel->play();
            QTRY_VERIFY_WITH_TIMEOUT(
                (panel->refresh(), panel->scene().workers().size() == 13 &&
                                       panel->scene().workers().back().steps > 1),
                10000);
            panel->refresh();
        },
        [](widgets::LessonPanel *lp) {
            auto *panel = qobject_cast<ThreadsPanel *>(lp);
            ThreadsOptions o = panel->options();
            o.sleepMs = 0;
            panel->setOptions(o);
            panel->setSpeed(widgets::LessonPanel::FullSpeed);
            panel->play();
            QTRY_VERIFY_WITH_TIMEOUT((panel->refresh(), panel->scene().finished()), 10000);
            panel->measure();
            QTRY_VERIFY_WITH_TIMEOUT(panel->chart()->points().size() == 3 && !panel->measuring(),
                                     60000);
            panel->refresh();
            // The chart, the point of the measurement, in view without scrolling: the lanes
            // of the finished run scroll in what it leaves them (at 100 %; zoomed in, the page
            // may scroll).
            QVERIFY(panel->lanesFolded());
            QFETCH(int, zoom);
            if (zoom == 100)
                QTRY_VERIFY2_WITH_TIMEOUT(outOfView(panel->chart()).isEmpty(),
                                          qPrintable(outOfView(panel->chart())), 2000);
            QVERIFY(panel->chart()->height() >= panel->chart()->minimumSizeHint().height());
        });
}

QTEST_MAIN(TestThreadsShots)
#include "tst_threadsshots.moc"
