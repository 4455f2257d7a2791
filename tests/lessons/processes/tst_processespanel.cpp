#include "../../app/workermain.h"
#include "../../widgets/textcheck.h"
#include "../panelcheck.h"
#include "processes/processbox.h"
#include "processes/processespanel.h"
#include "widgets/codeview.h"
#include "widgets/lessonpanel.h"
#include "widgets/theme.h"
#include "widgets/workerlanesview.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QtTest>
#include <csignal>
#include <unistd.h>

using namespace processes;
using testing::alive;

class TestProcessesPanel : public QObject
{
    Q_OBJECT
private slots:
    void boxesShowPidsAndUnchangedParent();
    void killNineFromTheButtonAndFromOutside_data();
    void killNineFromTheButtonAndFromOutside();
    void noChildLeftAfterShutdown_data();
    void noChildLeftAfterShutdown();
    void noChildLeftAfterResetSwitchOrQuit_data();
    void noChildLeftAfterResetSwitchOrQuit();
    void screenshots();
};

namespace {

/// Grants the parent until child @p i has a PID (scheduler mode).
bool startChild(ProcessesPanel &panel, int i)
{
    return QTest::qWaitFor(
        [&] {
            panel.refresh();
            const auto &w = panel.scene().workers();
            if (int(w.size()) > i + 1 && w[std::size_t(i) + 1].pid > 0)
                return true;
            if (!panel.driver().grantable().empty())
                panel.driver().grant(ProcessesDemo::ParentWorker);
            return false;
        },
        30000); // sixteen ASan-sized processes on a busy machine
}

/// Grants worker @p id one step and waits until it has taken it (or is no longer live).
bool stepWorker(ProcessesPanel &panel, int id)
{
    panel.refresh();
    const auto before = panel.scene().workers()[std::size_t(id)].steps;
    panel.driver().grant(id);
    return QTest::qWaitFor(
        [&] {
            panel.refresh();
            const auto &w = panel.scene().workers()[std::size_t(id)];
            return w.steps > before || w.state == stage::WorkerState::Finished ||
                   w.state == stage::WorkerState::Killed;
        },
        5000);
}

} // namespace

void TestProcessesPanel::boxesShowPidsAndUnchangedParent()
{
    ProcessesPanel panel;
    panel.resize(1280, 800);
    panel.show();
    panel.setSpeed(widgets::LessonPanel::FullSpeed);
    panel.play();
    QTRY_VERIFY_WITH_TIMEOUT((panel.refresh(), panel.scene().finished()), 10000);
    panel.refresh();
    const qint64 pid = qint64(::getpid());
    QCOMPARE(int(panel.boxes().size()), 1 + panel.options().children);
    QVERIFY(panel.psHint()->text().contains(QStringLiteral("--ppid %1").arg(pid)));
    QVERIFY(panel.boxes()[0]->memory()->text().contains(QStringLiteral("g = 100")));
    QVERIFY(panel.boxes()[0]->memory()->text().contains(QStringLiteral("local = 10")));
    for (int i = 1; i < int(panel.boxes().size()); ++i) {
        const auto &w = panel.scene().workers()[std::size_t(i)];
        QVERIFY(w.pid > 0 && w.pid != pid);
        QCOMPARE(w.ppid, pid);
        ProcessBox *box = panel.boxes()[std::size_t(i)];
        QVERIFY(box->memory()->text().contains(QStringLiteral("g = %1").arg(100 + i)));
        QVERIFY(box->state()->text().contains(QLatin1String("exit code 0")));
        QVERIFY(!box->killButton()->isEnabled());
    }
    panel.shutdown();
}

void TestProcessesPanel::killNineFromTheButtonAndFromOutside_data()
{
    QTest::addColumn<bool>("fromOutside");
    QTest::newRow("kill -9 button") << false;
    QTest::newRow("kill -9 PID in a terminal") << true;
}

void TestProcessesPanel::killNineFromTheButtonAndFromOutside()
{
    QFETCH(bool, fromOutside);
    ProcessesPanel panel;
    panel.resize(1280, 800);
    panel.show();
    panel.driver().setSchedulerMode(true);
    QVERIFY(startChild(panel, 1));
    const qint64 victim = panel.scene().workers()[1].pid;
    ProcessBox *box = panel.boxes()[1];
    panel.refresh();
    QCOMPARE(box->killButton()->text(), QStringLiteral("kill -9 %1").arg(victim));
    QVERIFY(box->killButton()->isEnabled());
    if (fromOutside)
        QCOMPARE(::kill(pid_t(victim), SIGKILL), 0);
    else
        box->killButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        (panel.refresh(), box->state()->text().contains(QLatin1String("killed by signal 9"))),
        5000);
    QVERIFY(!box->killButton()->isEnabled());
    QTRY_VERIFY(!alive(victim));
    // Join returns for the killed child too: let the others run to the end.
    panel.setSpeed(widgets::LessonPanel::FullSpeed);
    panel.play();
    QTRY_VERIFY_WITH_TIMEOUT((panel.refresh(), panel.scene().finished()), 10000);
    QCOMPARE(panel.scene().workers()[0].state, stage::WorkerState::Finished);
    QVERIFY(panel.boxes()[0]->memory()->text().contains(QStringLiteral("g = 100")));
    panel.shutdown();
}

void TestProcessesPanel::noChildLeftAfterShutdown_data()
{
    testing::addPacingRows();
}

void TestProcessesPanel::noChildLeftAfterShutdown()
{
    QFETCH(int, mode);
    ProcessesPanel panel;
    panel.show();
    Options o;
    o.children = 4;
    panel.setOptions(o);
    panel.driver().setSchedulerMode(true);
    QVERIFY(startChild(panel, 3));
    testing::checkShutdownReapsChildren(panel, mode);
}

void TestProcessesPanel::noChildLeftAfterResetSwitchOrQuit_data()
{
    testing::addEndingRows();
}

void TestProcessesPanel::noChildLeftAfterResetSwitchOrQuit()
{
    QFETCH(int, ending);
    testing::checkLeavesNoChild(QStringLiteral("processes"), ending, [](widgets::StagePanel &p) {
        return startChild(static_cast<ProcessesPanel &>(p), 2);
    });
}

/// With CLASSROOM_SHOTS set: the whole window mid-run and finished, 1024×768 projector and
/// 1920×1080, both languages, as PNGs to look at.
void TestProcessesPanel::screenshots()
{
    const QString dir = qEnvironmentVariable("CLASSROOM_SHOTS");
    if (dir.isEmpty())
        QSKIP("CLASSROOM_SHOTS not set");
    testing::eachShot(
        dir, QStringLiteral("processes"), [](app::MainWindow &w, const testing::Shot &shot) {
            auto *panel = qobject_cast<ProcessesPanel *>(w.currentPanel());
            QVERIFY(panel);
            Options o = panel->options();
            o.children = MaxChildren; // the most lanes and boxes there can be
            panel->setOptions(o);
            panel->driver().setSchedulerMode(true);
            QVERIFY(startChild(*panel, MaxChildren - 1));
            for (int i = 0; i < 4; ++i) // the children run a little: their g changes
                QVERIFY(stepWorker(*panel, 1 + i % 3));
            panel->boxes()[2]->killButton()->click();
            QTRY_VERIFY((panel->refresh(),
                         panel->boxes()[2]->state()->text() != QLatin1String("running") &&
                             panel->scene().workers()[2].state == stage::WorkerState::Killed));
            QCoreApplication::processEvents();
            QVERIFY(w.grab().save(shot.stem + QStringLiteral("-mid.png")));
            // The code's turn in the same place: the loop body and every marker in view.
            auto *code = panel->findChild<widgets::CodeView *>();
            auto *tabs =
                code ? qobject_cast<QTabWidget *>(code->parentWidget()->parentWidget()) : nullptr;
            QVERIFY(tabs);
            tabs->setCurrentWidget(code);
            QCoreApplication::processEvents();
            for (int listing = 0; listing < 2; ++listing) {
                code->setCurrentListing(listing);
                QCoreApplication::processEvents();
                if (listing == 1) { // the C++ is the whole runnable file: it scrolls to the markers
                    QVERIFY(w.grab().save(shot.stem + QStringLiteral("-code1.png")));
                    continue;
                }
                QVERIFY(w.grab().save(shot.stem + QStringLiteral("-code0.png")));
                // Every marker in view at every size: on a projector the Python's loop body
                // (17 lines, a child's run() to the parent's join) is taller than the view, and
                // CodeView folds the lines between the markers into "…" rows.
                for (int id = 0; id < int(panel->scene().workers().size()); ++id)
                    if (const int line = code->markerLine(id); line >= 0)
                        QVERIFY2(
                            !code->lineRect(line).isEmpty(),
                            qPrintable(QStringLiteral("%1: listing %2, worker %3 on line %4 is "
                                                      "out of view")
                                           .arg(shot.stem)
                                           .arg(listing)
                                           .arg(id)
                                           .arg(line + 1)));
                if (shot.projector)
                    continue; // the loop's other lines may be folded there
                for (int line : code->listings()[listing].stepLines())
                    QVERIFY2(!code->lineRect(line).isEmpty(),
                             qPrintable(QStringLiteral("%1: listing %2, loop line %3 out of view")
                                            .arg(shot.stem)
                                            .arg(listing)
                                            .arg(line + 1)));
            }
            tabs->setCurrentIndex(0);
            panel->setSpeed(widgets::LessonPanel::FullSpeed);
            panel->play();
            QTRY_VERIFY_WITH_TIMEOUT((panel->refresh(), panel->scene().finished()), 10000);
            QCoreApplication::processEvents();
            QVERIFY(w.grab().save(shot.stem + QStringLiteral("-done.png")));
        });
}

CC_APP_TEST_MAIN(TestProcessesPanel)

#include "tst_processespanel.moc"
