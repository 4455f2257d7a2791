#include "../lessonshots.h"
#include "shared/sharedpanel.h"
#include "widgets/codeview.h"

#include <QtTest>

using namespace shared;

/// The shared lesson in the real window (MainWindow), apart from the panel's own tests so those
/// need not link the whole app.
class TestSharedShots : public QObject
{
    Q_OBJECT
private slots:
    void pythonCommentsFollowTheLanguage();
    void screenshots_data() { lessonshots::addRows(); }
    void screenshots();
};

/// The notes' Python speaks the class's language, and follows a switch at run time.
void TestSharedShots::pythonCommentsFollowTheLanguage()
{
    app::LanguageManager languages;
    QVERIFY(languages.setLanguage(QStringLiteral("zh_CN")));
    SharedPanel panel;
    auto *code = panel.findChild<widgets::CodeView *>();
    QVERIFY(code);
    const auto python = [code] { return code->listings().at(0).lines().join('\n'); };
    QVERIFY2(python().contains(QStringLiteral("# 一个全局变量")), qPrintable(python()));
    QVERIFY(!python().contains(QLatin1String("one global")));
    QVERIFY(!python().contains(QLatin1String("a local, on this")));
    QVERIFY(languages.setLanguage(QStringLiteral("en")));
    QTRY_VERIFY2(python().contains(QLatin1String("# one global")), qPrintable(python()));
    QVERIFY(python().contains(QLatin1String("# count: a local, on this thread's stack")));
}

/// Scheduler mode with the most threads: T1 wrote g_num, the others stopped at different
/// frames; then the run to its end. Nothing cut off, elided or overlapping.
void TestSharedShots::screenshots()
{
    lessonshots::shoot(
        QStringLiteral("shared"),
        [](widgets::LessonPanel *lp) {
            auto *panel = qobject_cast<SharedPanel *>(lp);
            QVERIFY(panel);
            SharedOptions o;
            o.threads = MaxThreads;
            panel->setOptions(o);
            panel->driver().setSchedulerMode(true);
            panel->step(); // the demo slide
            for (int w : {0, 0, 0, 0, 1, 1, 2, 3, 3, 3}) {
                QTRY_VERIFY((panel->refresh(), panel->demo()->stage().isSettled() &&
                                                   !panel->driver().grantable().empty()));
                QVERIFY(panel->driver().grant(w));
            }
            QTRY_VERIFY((panel->refresh(), panel->demo()->stage().isSettled()));
            panel->refresh();
            QCOMPARE(panel->memoryMap()->highlightedGlobal(), 0);
        },
        [](widgets::LessonPanel *lp) {
            auto *panel = qobject_cast<SharedPanel *>(lp);
            panel->driver().setSchedulerMode(false);
            panel->setSpeed(widgets::LessonPanel::FullSpeed);
            panel->play();
            QTRY_VERIFY_WITH_TIMEOUT((panel->refresh(), panel->scene().finished()), 10000);
            panel->refresh();
        });
}

QTEST_MAIN(TestSharedShots)
#include "tst_sharedshots.moc"
