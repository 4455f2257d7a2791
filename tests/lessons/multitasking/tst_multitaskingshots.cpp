#include "../lessonshots.h"
#include "multitasking/multitaskingpanel.h"
#include "multitasking/slicetimelineview.h"

#include <QtTest>

using namespace multitasking;

namespace {

TasksOptions opts(Mode mode, Kind kind, int chunks)
{
    TasksOptions o;
    o.mode = mode;
    o.kind = kind;
    o.chunks = chunks;
    return o;
}

} // namespace

/// The multitasking lesson in the real window (MainWindow), apart from the panel's own tests so
/// those need not link the whole app.
class TestMultitaskingShots : public QObject
{
    Q_OBJECT
private slots:
    void screenshots_data() { lessonshots::addRows(); }
    void screenshots();
};

/// Concurrent, CPU-bound, mid-run; then every mode run to its end so the totals stand side by
/// side and the timeline shows the concurrent slices. Nothing cut off, elided or overlapping.
void TestMultitaskingShots::screenshots()
{
    lessonshots::shoot(
        QStringLiteral("multitasking"),
        [](widgets::LessonPanel *lp) {
            auto *panel = qobject_cast<MultitaskingPanel *>(lp);
            QVERIFY(panel);
            panel->setOptions(opts(Mode::Concurrent, Kind::Cpu, 100000));
            panel->play();
            QTRY_VERIFY((panel->refresh(), panel->timeline()->slices().size() > 4));
            panel->refresh();
        },
        [](widgets::LessonPanel *lp) {
            auto *panel = qobject_cast<MultitaskingPanel *>(lp);
            for (Mode m : {Mode::Sync, Mode::Async, Mode::Parallel, Mode::Concurrent}) {
                if (!unavailableReason(m).isEmpty())
                    continue;
                panel->setOptions(opts(m, Kind::Cpu, 40));
                panel->play();
                QTRY_VERIFY_WITH_TIMEOUT((panel->refresh(), panel->total(m, Kind::Cpu) > 0), 30000);
            }
            panel->refresh();
        },
        [](QWidget *w, QStringList &bad) {
            lessonshots::checkDrawn<SliceTimelineView>(w, QStringLiteral("timeline"), bad);
        });
}

QTEST_MAIN(TestMultitaskingShots)
#include "tst_multitaskingshots.moc"
