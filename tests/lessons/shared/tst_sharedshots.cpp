#include "../lessonshots.h"
#include "shared/sharedpanel.h"
#include "widgets/codeview.h"

#include <QTabWidget>
#include <QtTest>

using namespace shared;
using lessonshots::outOfView;

namespace {

/// Each live thread's marker on a listing line in sight.
void checkMarkers(SharedPanel *panel, const widgets::CodeView *code)
{
    for (int w = 0; w < int(panel->scene().workers().size()); ++w)
        if (code->markerLine(w) >= 0)
            QVERIFY2(!code->markerRect(w).isEmpty() && code->rect().contains(code->markerRect(w)),
                     qPrintable(QStringLiteral("T%1's marker (line %2) is out of view")
                                    .arg(w + 1)
                                    .arg(code->markerLine(w) + 1)));
}

/// The memory map and the listing both in view (no scrolling), side by side or, too narrow for
/// that, on tabs (each in turn), each live thread's marker on a line in sight (at 100 %:
/// zoomed in, the page may scroll).
void checkMapAndCode(SharedPanel *panel)
{
    QFETCH(int, zoom);
    QFETCH(QSize, size);
    if (zoom > 100)
        return;
    const auto settle = [] {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    };
    settle();
    auto *code = panel->findChild<widgets::CodeView *>();
    QVERIFY(code);
    // Four threads need the width of a wide screen to sit beside the listing.
    QCOMPARE(panel->tabbed(), size.width() < 1500);
    const QString map = outOfView(panel->memoryMap());
    QVERIFY2(map.isEmpty(), qPrintable(map));
    if (panel->tabbed()) {
        QCOMPARE(panel->tabs()->currentIndex(), 0);
        QVERIFY(panel->tabs()->tabText(1).contains(QLatin1String("marker")) ||
                panel->tabs()->tabText(1).contains(QStringLiteral("标记")));
        panel->showTab(1);
        settle();
        code->repaint(); // the markers are placed as it paints
    }
    const QString listing = outOfView(code);
    QVERIFY2(listing.isEmpty(), qPrintable(listing));
    checkMarkers(panel, code);
    const QString dir = qEnvironmentVariable("CLASSROOM_SHOTS");
    if (panel->tabbed() && !dir.isEmpty()) {
        QFETCH(QString, language);
        QVERIFY(panel->window()->grab().save(
            QStringLiteral("%1/shared-%2-%3x%4-%5-code.png")
                .arg(dir, language)
                .arg(size.width())
                .arg(size.height())
                .arg(panel->scene().finished() ? QStringLiteral("done") : QStringLiteral("mid"))));
    }
    if (panel->tabbed())
        panel->showTab(0);
}

} // namespace

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
/// frames; then the run to its end. Nothing cut off, elided or overlapping; the memory map and
/// the listing both in view (no scrolling), each thread's marker on a line in sight.
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
            checkMapAndCode(panel);
        },
        [](widgets::LessonPanel *lp) {
            auto *panel = qobject_cast<SharedPanel *>(lp);
            panel->driver().setSchedulerMode(false);
            panel->setSpeed(widgets::LessonPanel::FullSpeed);
            panel->play();
            QTRY_VERIFY_WITH_TIMEOUT((panel->refresh(), panel->scene().finished()), 10000);
            panel->refresh();
            checkMapAndCode(panel);
        });
}

QTEST_MAIN(TestSharedShots)
#include "tst_sharedshots.moc"
