#include "../../childcheck.h"
#include "../../widgets/textcheck.h"
#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "course/course.h"
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
    void screenshots();
};

namespace {

/// Grants the parent until child @p i has a PID (scheduler mode).
bool startChild(ProcessesPanel &panel, int i)
{
    for (int tries = 0; tries < 200; ++tries) {
        panel.refresh();
        const auto &w = panel.scene().workers();
        if (int(w.size()) > i + 1 && w[std::size_t(i) + 1].pid > 0)
            return true;
        if (!panel.driver().grantable().empty())
            panel.driver().grant(ProcessesDemo::ParentWorker);
        QTest::qWait(5);
    }
    return false;
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
    QTest::addColumn<int>("mode");
    QTest::addRow("slow") << 0;
    QTest::addRow("paused") << 1;
    QTest::addRow("scheduler") << 2;
    QTest::addRow("full") << 3;
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
    std::vector<qint64> pids;
    for (int i = 1; i <= 4; ++i)
        pids.push_back(panel.scene().workers()[std::size_t(i)].pid);
    if (mode != 2) {
        panel.setSpeed(mode == 3 ? widgets::LessonPanel::FullSpeed : 0);
        panel.play();
        if (mode == 1)
            panel.pause();
    }
    QElapsedTimer t;
    t.start();
    panel.shutdown();
    QVERIFY2(t.elapsed() < 1000, qPrintable(QString::number(t.elapsed())));
    for (qint64 pid : pids)
        QVERIFY2(!alive(pid), qPrintable(QString::number(pid)));
}

/// With CLASSROOM_SHOTS set: the whole window mid-run and finished, 1024×768 projector and
/// 1920×1080, both languages, as PNGs to look at.
void TestProcessesPanel::screenshots()
{
    const QString dir = qEnvironmentVariable("CLASSROOM_SHOTS");
    if (dir.isEmpty())
        QSKIP("CLASSROOM_SHOTS not set");
    app::LanguageManager languages;
    for (const char *lang : {"en", "zh_CN"}) {
        for (const QSize size : {QSize(1024, 768), QSize(1920, 1080)}) {
            const bool projector = size.width() == 1024;
            const widgets::Theme theme = widgets::Theme::make(
                projector ? widgets::Theme::Kind::Projector : widgets::Theme::Kind::Light);
            widgets::Theme::setCurrent(theme);
            QApplication::setPalette(theme.palette());
            QFont font = QApplication::font();
            font.setPointSizeF(theme.basePointSize());
            QApplication::setFont(font);
            QVERIFY(languages.setLanguage(QLatin1String(lang)));
            app::MainWindow w;
            w.resize(size);
            QVERIFY(w.setLesson(QStringLiteral("processes")));
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            auto *panel = qobject_cast<ProcessesPanel *>(w.currentPanel());
            QVERIFY(panel);
            panel->driver().setSchedulerMode(true);
            QVERIFY(startChild(*panel, 2));
            for (int i = 0; i < 4; ++i) { // the children run a little: their g changes
                panel->refresh();
                panel->driver().grant(1 + i % 3);
                QTest::qWait(50);
            }
            panel->refresh();
            panel->boxes()[2]->killButton()->click();
            QTRY_VERIFY((panel->refresh(),
                         panel->boxes()[2]->state()->text() != QLatin1String("running") &&
                             panel->scene().workers()[2].state == stage::WorkerState::Killed));
            QCoreApplication::processEvents();
            const QString name = QStringLiteral("%1/processes-%2-%3x%4")
                                     .arg(dir, QLatin1String(lang))
                                     .arg(size.width())
                                     .arg(size.height());
            QVERIFY(w.grab().save(name + QStringLiteral("-mid.png")));
            // The code's turn in the same place, at the page's full width.
            auto *code = panel->findChild<widgets::CodeView *>();
            auto *tabs =
                code ? qobject_cast<QTabWidget *>(code->parentWidget()->parentWidget()) : nullptr;
            QVERIFY(tabs);
            tabs->setCurrentWidget(code);
            QCoreApplication::processEvents();
            QVERIFY(w.grab().save(name + QStringLiteral("-code.png")));
            tabs->setCurrentIndex(0);
            panel->setSpeed(widgets::LessonPanel::FullSpeed);
            panel->play();
            QTRY_VERIFY_WITH_TIMEOUT((panel->refresh(), panel->scene().finished()), 10000);
            QCoreApplication::processEvents();
            QVERIFY(w.grab().save(name + QStringLiteral("-done.png")));
            w.shutdownAll();
        }
    }
}

int main(int argc, char **argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    if (stage::ChildRuntime::isWorkerMode(args)) {
        stage::ChildRuntime::Bodies bodies;
        for (const widgets::Lesson &lesson : course::registry().lessons())
            for (const widgets::Lesson::Worker &w : lesson.workers)
                bodies.emplace(lesson.id + QLatin1Char('.') + w.name, w.body);
        return stage::ChildRuntime::run(args, bodies);
    }
    QApplication app(argc, argv);
    TestProcessesPanel t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_processespanel.moc"
