#include "app/commandline.h"
#include "app/headlessrun.h"
#include "app/lessonnavigator.h"
#include "app/mainwindow.h"
#include "app/navigatordelegate.h"
#include "app/transportbar.h"
#include "testcourse.h"
#include "widgets/lessonpanel.h"
#include "workermain.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

/// A lesson made from the kit needs one line in one registry (testcourse.h) to appear in the
/// navigator, in --list-lessons, in --run with its own options, in worker mode's lookup, and in
/// the shared tests, which walk the same registry.
class TestNewLesson : public QObject
{
    Q_OBJECT
private slots:
    void registeredOnce()
    {
        const widgets::LessonRegistry lessons = testCourse();
        QCOMPARE(lessons.ids(), course::registry().ids() + QStringList{"skeleton"});
        QVERIFY(lessons.find("skeleton")->hasDemo());
        QVERIFY(!course::registry().contains("skeleton")); // the app does not ship it
    }

    void inTheNavigator()
    {
        app::MainWindow w(testCourse());
        app::LessonNavigator *nav = w.navigator();
        QCOMPARE(nav->count(), int(course::registry().ids().size()) + 1);
        const int row = nav->count() - 1;
        QCOMPARE(nav->lessonIdAt(row), QString("skeleton"));
        QCOMPARE(nav->item(row)->text(), QString("Skeleton lesson"));
        QVERIFY(nav->item(row)->data(app::NavigatorDelegate::BadgeRole).toString().isEmpty());
        QVERIFY(w.setLesson("skeleton"));
        QCOMPARE(w.currentPanel()->lessonId(), QString("skeleton"));
        QVERIFY(w.transportBar()->isEnabled());
        QCOMPARE(w.currentPanel()->slides().size(), 4);
        w.shutdownAll();
    }

    void inTheLessonList()
    {
        QVERIFY(app::lessonList(testCourse()).endsWith("crawler\nskeleton\n"));
        QVERIFY(app::parseCommandLine({"--lesson", "skeleton"}, testCourse()).ok());
        QVERIFY(!app::parseCommandLine({"--lesson", "skeleton"}).ok());
    }

    void runsHeadlessWithItsOwnOptions()
    {
        const auto p = app::parseCommandLine(
            {"--run", "count", "--workers", "3", "--steps=4", "--json"}, testCourse());
        QVERIFY2(p.ok(), qPrintable(p.error));
        const QJsonObject o =
            QJsonDocument::fromJson(app::HeadlessRun::run(testCourse(), p.commandLine).toUtf8())
                .object();
        QCOMPARE(o["workers"].toInteger(), 3);
        QCOMPARE(o["steps"].toInteger(), 12);
        QVERIFY(o["elapsed_ms"].toDouble() >= 0);

        const auto bad = app::parseCommandLine({"--run", "count", "--workers", "9"}, testCourse());
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error.contains("'9'") && bad.error.contains("1 to 8"), qPrintable(bad.error));
        // Its options are its own: not the app's, not another demo's.
        QVERIFY(!app::parseCommandLine({"--run", "race", "--workers", "3"}, testCourse()).ok());
        const auto lone = app::parseCommandLine({"--steps", "3"}, testCourse());
        QVERIFY2(lone.error.contains("--run count"), qPrintable(lone.error));
        QVERIFY(app::usageText(testCourse()).contains("--run count [--workers N] [--steps K]"));
    }

    void itsWorkerBodyIsFound()
    {
        const widgets::LessonRegistry lessons = testCourse();
        const stage::Stage::Body *body = lessons.worker("skeleton.count");
        QVERIFY(body);
        stage::Stage s;
        s.setSteps({"tick"});
        s.addWorker("child", *body);
        s.setPacing(stage::Pacing::FullSpeed);
        s.start();
        s.wait();
        QVERIFY(s.isFinished());
    }
};

CC_APP_TEST_MAIN(TestNewLesson)
#include "tst_newlesson.moc"
