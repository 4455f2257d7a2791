#include "app/appsettings.h"
#include "app/comingsoonpanel.h"
#include "app/languagemanager.h"
#include "app/lessonnavigator.h"
#include "app/mainwindow.h"
#include "app/transportbar.h"
#include "locks/lockslesson.h"
#include "locks/lockspanel.h"
#include "widgets/theme.h"
#include "workermain.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using app::MainWindow;

namespace {

/// A panel that only counts what the window asks of it.
class FakePanel : public widgets::LessonPanel
{
public:
    FakePanel(const QString &id, QWidget *parent) : widgets::LessonPanel(parent), m_id(id) {}
    QString lessonId() const override { return m_id; }
    void play() override { ++plays, setPlaying(true); }
    void pause() override { ++pauses, setPlaying(false); }
    void step() override { ++steps; }
    void reset() override { ++resets, setPlaying(false); }
    void setSpeed(int s) override { speed = s; }
    bool isPlaying() const override { return m_playing; }
    void shutdown() override { ++shutdowns, setPlaying(false); }
    void announce(const QString &text) { emit statusChanged(text); }

    int plays = 0, pauses = 0, steps = 0, resets = 0, shutdowns = 0, speed = -1;

private:
    void setPlaying(bool p)
    {
        if (p != m_playing)
            emit playingChanged(m_playing = p);
    }
    QString m_id;
    bool m_playing = false;
};

FakePanel *fake(MainWindow &w, const QString &id)
{
    return static_cast<FakePanel *>(w.panel(id));
}

/// The course with every lesson's panel a FakePanel (coming lessons included).
widgets::LessonRegistry fakeFactory()
{
    widgets::LessonRegistry fakes;
    for (widgets::Lesson lesson : course::registry().lessons()) {
        const QString id = lesson.id;
        lesson.panel = [id](QWidget *parent) { return new FakePanel(id, parent); };
        fakes.add(lesson);
    }
    return fakes;
}

} // namespace

/// The classroom window: navigator, lazy panels, transport bar, keys, settings, language.
class TestMainWindow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_config;

    QString settingsFile() const
    {
        return m_config.filePath(QStringLiteral("%1/%2.ini")
                                     .arg(QLatin1String(app::AppSettings::Organisation),
                                          QLatin1String(app::AppSettings::Application)));
    }

    void writeSettingsFile(const QByteArray &bytes)
    {
        QDir().mkpath(QFileInfo(settingsFile()).path());
        QFile f(settingsFile());
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_config.path());
    }

    void clickThroughEveryLesson()
    {
        MainWindow w(fakeFactory());
        w.resize(1024, 768);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.currentPanel() == nullptr);
        QSignalSpy changed(&w, &MainWindow::lessonChanged);
        const QStringList ids = w.registry().ids();
        FakePanel *previous = nullptr;
        for (int row = 0; row < ids.size(); ++row) {
            app::LessonNavigator *nav = w.navigator();
            const QRect rect = nav->visualItemRect(nav->item(row));
            QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, rect.center());
            QTRY_COMPARE(w.currentLessonId(), ids.at(row));
            FakePanel *p = fake(w, ids.at(row));
            QVERIFY(p);
            QCOMPARE(p->lessonId(), ids.at(row));
            QVERIFY(w.findChild<QStackedWidget *>()->currentWidget() == p);
            QTRY_VERIFY(p->isVisible());
            QCOMPARE(p->speed, w.speed());
            if (previous) {
                QCOMPARE(previous->shutdowns, 1);
                QVERIFY(!previous->isVisible());
            }
            QCOMPARE(p->shutdowns, 0);
            previous = p;
        }
        QCOMPARE(changed.count(), ids.size());

        // Back to a lesson shown before: it was shut down, so it is set up again.
        w.setLesson(ids.first());
        QCOMPARE(fake(w, ids.first())->resets, 1);

        w.close();
        for (const QString &id : ids)
            QVERIFY2(fake(w, id)->shutdowns >= 1, qPrintable(id));
    }

    void keys()
    {
        MainWindow w(fakeFactory());
        w.setLesson("threads");
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));

        QTest::keyClick(&w, Qt::Key_PageDown);
        QCOMPARE(w.currentLessonId(), QString("shared"));
        QCOMPARE(fake(w, "threads")->shutdowns, 1);
        QTest::keyClick(&w, Qt::Key_PageUp);
        QTest::keyClick(&w, Qt::Key_PageUp);
        QCOMPARE(w.currentLessonId(), QString("pool"));

        FakePanel *p = fake(w, "pool");
        QTest::keyClick(&w, Qt::Key_Space);
        QCOMPARE(p->plays, 1);
        QVERIFY(w.transportBar()->isPlaying());
        QTest::keyClick(&w, Qt::Key_Space);
        QCOMPARE(p->pauses, 1);
        QVERIFY(!w.transportBar()->isPlaying());
        QTest::keyClick(&w, Qt::Key_S);
        QTest::keyClick(&w, Qt::Key_Right);
        QCOMPARE(p->steps, 2);
        QTest::keyClick(&w, Qt::Key_R);
        QCOMPARE(p->resets, 1);

        // The first and last lessons are the ends: no wrap-around.
        w.setLesson("crawler");
        QTest::keyClick(&w, Qt::Key_PageDown);
        QCOMPARE(w.currentLessonId(), QString("crawler"));
        w.setLesson("multitasking");
        QTest::keyClick(&w, Qt::Key_PageUp);
        QCOMPARE(w.currentLessonId(), QString("multitasking"));
    }

    void transportDrivesThePanel()
    {
        MainWindow w(fakeFactory());
        w.setLesson("locks");
        FakePanel *p = fake(w, "locks");
        w.transportBar()->playButton()->click();
        QCOMPARE(p->plays, 1);
        w.transportBar()->stepButton()->click();
        QCOMPARE(p->steps, 1);
        w.transportBar()->resetButton()->click();
        QCOMPARE(p->resets, 1);
        w.setSpeed(77);
        QCOMPARE(p->speed, 77);
        p->announce("hello class");
        QCOMPARE(w.statusBar()->currentMessage(), QString("hello class"));
    }

    void realPanels()
    {
        // A lesson whose panel is still coming, beside a real one: a registry of its own, so
        // the test does not hang on which lessons of the course are still coming.
        const widgets::LessonRegistry lessons{
            widgets::Lesson::coming(QStringLiteral("multitasking"), "Course", "Multitasking"),
            locks::lesson()};
        MainWindow w(lessons);
        w.setLesson("multitasking");
        QVERIFY(qobject_cast<app::ComingSoonPanel *>(w.currentPanel()));
        QVERIFY(!w.transportBar()->isEnabled());
        auto *coming = static_cast<app::ComingSoonPanel *>(w.currentPanel());
        QVERIFY(coming->summaryView()->toPlainText().contains("Synchronous"));
        // Space on a lesson without a demo does nothing (and does not crash).
        w.playPause();
        QVERIFY(!w.currentPanel()->isPlaying());

        w.setLesson("locks");
        QCOMPARE(w.currentPanel()->lessonId(), QString("locks"));
        QVERIFY(!qobject_cast<app::ComingSoonPanel *>(w.currentPanel()));
        QVERIFY(w.transportBar()->isEnabled());
        w.close();
    }

    /// Lesson switch, reset and quit join the locks demo's threads in every pacing mode.
    void everythingStopsInEveryMode_data()
    {
        QTest::addColumn<QString>("mode");
        for (const char *mode : {"run", "paused", "scheduler", "full-speed"})
            QTest::newRow(mode) << QString(mode);
    }

    void everythingStopsInEveryMode()
    {
        QFETCH(QString, mode);
        MainWindow w; // real panels
        // The queues panel made once beforehand: the switch below times the stop, not a build.
        QVERIFY(w.setLesson("queues"));
        QVERIFY(w.setLesson("locks"));
        auto *panel = qobject_cast<locks::LocksPanel *>(w.currentPanel());
        QVERIFY(panel);
        const auto start = [&] {
            locks::RaceOptions o;
            o.threads = 16;
            o.iterations = 1'000'000;
            o.lock = true;
            panel->setOptions(o);
            if (mode == QLatin1String("scheduler")) {
                panel->driver().setSchedulerMode(true);
            } else {
                w.setSpeed(mode == QLatin1String("full-speed") ? widgets::LessonPanel::FullSpeed
                                                               : 0);
                w.playPause();
                if (mode == QLatin1String("paused"))
                    w.playPause();
            }
            QTRY_VERIFY(panel->demo()->stage().eventsRecorded() > 16);
        };
        const auto withinOneSecond = [](const char *what, const std::function<void()> &act) {
            QElapsedTimer t;
            t.start();
            act();
            return t.elapsed() < 1000 ? QString()
                                      : QStringLiteral("%1 took %2 ms").arg(what).arg(t.elapsed());
        };

        start();
        QString late = withinOneSecond("lesson switch", [&] { w.setLesson("queues"); });
        QVERIFY2(late.isEmpty(), qPrintable(late));
        QVERIFY(panel->demo() == nullptr); // its threads were joined with it

        QVERIFY(w.setLesson("locks"));
        QVERIFY(panel->demo() != nullptr); // set up again, not running
        QVERIFY(!panel->isPlaying());
        start();
        // A fresh run, told by the driver: the new demo may well reuse the old one's address,
        // and in scheduler mode it has started (its workers park at their first step).
        QSignalSpy rebuilt(&panel->driver(), &widgets::RunDriver::rebuilt);
        late = withinOneSecond("reset", [&] { w.reset(); });
        QVERIFY2(late.isEmpty(), qPrintable(late));
        QCOMPARE(rebuilt.count(), 1);
        QVERIFY(panel->demo() != nullptr);
        QVERIFY(!panel->isPlaying());

        start();
        late = withinOneSecond("quit", [&] { w.close(); });
        QVERIFY2(late.isEmpty(), qPrintable(late));
        QVERIFY(panel->demo() == nullptr);
    }

    void corruptSettingsGiveDefaults_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("garbage") << QByteArray("\x00\xff\x13[[[=]]\n\x7f garbage=\"\n", 20);
        QTest::newRow("bad values") << QByteArray("[General]\nlesson=nosuch\nlanguage=fr\n"
                                                  "speed=9999\n");
        QTest::newRow("wrong types") << QByteArray("[General]\nlesson=@Variant(\\0\\0\\0\\x7f)\n"
                                                   "speed=fast\n");
        QTest::newRow("empty") << QByteArray();
    }

    void corruptSettingsGiveDefaults()
    {
        QFETCH(QByteArray, bytes);
        writeSettingsFile(bytes);
        const app::AppSettings s = app::AppSettings::load();
        const app::AppSettings d = app::AppSettings::defaults();
        QCOMPARE(s.lesson, d.lesson);
        QCOMPARE(s.language, QString());
        QCOMPARE(s.speed, d.speed);

        MainWindow w(fakeFactory());
        w.setSpeed(s.speed);
        w.setLesson(s.lesson);
        QCOMPARE(w.currentLessonId(), QString("multitasking"));
        QCOMPARE(w.speed(), app::AppSettings::DefaultSpeed);
    }

    void settingsRoundTrip()
    {
        QFile::remove(settingsFile());
        app::AppSettings s;
        s.lesson = "queues";
        s.language = "zh_CN";
        s.speed = 12;
        s.save();
        const app::AppSettings t = app::AppSettings::load();
        QCOMPARE(t.lesson, QString("queues"));
        QCOMPARE(t.language, QString("zh_CN"));
        QCOMPARE(t.speed, 12);
        QFile::remove(settingsFile());
    }

    /// The first lesson of @p w's course that is still "coming" (empty when none is).
    static QString firstComingLesson(const MainWindow &w)
    {
        for (const QString &id : w.registry().ids())
            if (!w.registry().find(id)->hasDemo())
                return id;
        return {};
    }

    static bool hasCjk(const QString &s)
    {
        for (const QChar c : s)
            if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
                return true;
        return false;
    }

    void languageSwitchesAtRunTime()
    {
        app::LanguageManager languages;
        QVERIFY(!languages.setLanguage("fr"));
        QVERIFY(languages.setLanguage("en"));
        MainWindow w;
        const QString id = firstComingLesson(w);
        if (id.isEmpty())
            QSKIP("every lesson is live: no coming page to switch");
        w.setLesson(id);
        auto *coming = qobject_cast<app::ComingSoonPanel *>(w.currentPanel());
        QVERIFY(coming);
        const QString summary = coming->summaryView()->toPlainText();
        QVERIFY(!summary.isEmpty() && !hasCjk(summary));
        const QString en = w.navigator()->item(0)->text();
        QCOMPARE(en, QString("Multitasking"));
        const QString play = w.transportBar()->playButton()->text();

        QSignalSpy spy(&languages, &app::LanguageManager::languageChanged);
        QVERIFY(languages.setLanguage("zh_CN"));
        QCOMPARE(spy.count(), 1);
        QVERIFY(!languages.loadedFiles().isEmpty());
        QTRY_COMPARE(w.navigator()->item(0)->text(), QString("多任务"));
        QTRY_VERIFY(w.transportBar()->playButton()->text() != play);
        QVERIFY(w.windowTitle().contains(QString("并发课堂")));
        QTRY_VERIFY(hasCjk(coming->summaryView()->toPlainText()));
        QVERIFY(coming->comingLabel()->text().contains("即将推出"));

        QVERIFY(languages.setLanguage("en"));
        QTRY_COMPARE(w.navigator()->item(0)->text(), en);
        QTRY_COMPARE(w.transportBar()->playButton()->text(), play);
        QTRY_COMPARE(coming->summaryView()->toPlainText(), summary);
    }

    /// On a 1024-pixel projector the titles give way to the demo; on a wide screen they stay.
    void navigatorFoldsWhenNarrow()
    {
        // The projector theme, as the launcher applies it: the big type is what makes it tight.
        const widgets::Theme before = widgets::Theme::current();
        const QFont font = QApplication::font();
        const widgets::Theme projector = widgets::Theme::make(widgets::Theme::Kind::Projector);
        widgets::Theme::setCurrent(projector);
        QFont big = font;
        big.setPointSizeF(projector.basePointSize());
        QApplication::setFont(big);
        auto restore = qScopeGuard([&] {
            widgets::Theme::setCurrent(before);
            QApplication::setFont(font);
        });
        MainWindow w; // real panels: their minimum width is what must fit
        QVERIFY(w.setLesson("locks"));
        w.resize(1920, 1080);
        w.show();
        QTRY_VERIFY(!w.navigator()->isCompact());
        w.resize(1024, 768);
        QTRY_VERIFY(w.navigator()->isCompact());
        QTRY_VERIFY(w.navigator()->width() < w.navigator()->fullWidth() / 2);
        const QString title = w.registry().title("locks");
        const int row = w.registry().indexOf("locks");
        QVERIFY(w.navigator()->item(row)->toolTip().contains(title));
        w.resize(1920, 1080);
        QTRY_VERIFY(!w.navigator()->isCompact());
        QTRY_VERIFY(w.navigator()->width() >= w.navigator()->fullWidth());
        w.shutdownAll();
    }
};

CC_APP_TEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
