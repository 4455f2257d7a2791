#include "../charttitles.h"
#include "../lessonshots.h"
#include "threads/creationchart.h"
#include "threads/threadspanel.h"

#include <QChart>
#include <QLogValueAxis>
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
            // The chart, the point of the measurement, in view: the lanes of the finished run
            // scroll in what it leaves them, and zoomed in the page scrolls to the chart and
            // gives the code and the chart the window's whole view.
            QVERIFY(panel->lanesFolded());
            // The layouts up the chain take the folded lanes in, one level per posted
            // LayoutRequest, as the event loop would over a few milliseconds.
            for (int level = 0; level < 32; ++level)
                QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QCoreApplication::processEvents();
            QFETCH(int, zoom);
            QTRY_VERIFY2_WITH_TIMEOUT(outOfView(panel->chart(), zoom == 100).isEmpty(),
                                      qPrintable(outOfView(panel->chart(), zoom == 100)), 2000);
            if (const QString side = outOfView(panel->chart()); !side.isEmpty())
                qInfo().noquote() << "zoomed, sideways:" << side;
            QVERIFY(panel->chart()->height() >= panel->chart()->minimumSizeHint().height());
            // Readable: the plot tall enough for the log axis' labels, one a decade (1 … 10000),
            // a line of the axis' font apart from centre to centre: shorter, Qt Charts elides
            // them all to "…" (Chinese at 200 %, 143 px for five, before the button moved).
            const QRectF plot = panel->chart()->chart()->plotArea();
            auto *axis =
                qobject_cast<QLogValueAxis *>(panel->chart()->chart()->axes(Qt::Vertical).value(0));
            QVERIFY(axis);
            const QFontMetricsF fm(axis->labelsFont());
            const QString plotText =
                QStringLiteral("plot %1x%2 for %3 labels of %4 px, chart %5x%6")
                    .arg(plot.width())
                    .arg(plot.height())
                    .arg(axis->tickCount())
                    .arg(fm.height())
                    .arg(panel->chart()->width())
                    .arg(panel->chart()->height());
            qInfo().noquote() << plotText;
            QVERIFY2(plot.height() >= (axis->tickCount() - 1) * fm.height() &&
                         plot.width() >= plot.height(),
                     qPrintable(plotText));
            // Every axis title whole, never cut to "...".
            const QStringList cut = charttitles::cut(panel->chart()->chart());
            QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
        });
}

QTEST_MAIN(TestThreadsShots)
#include "tst_threadsshots.moc"
