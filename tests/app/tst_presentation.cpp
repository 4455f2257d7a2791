#include "app/appsettings.h"
#include "app/comingsoonpanel.h"
#include "app/languagemanager.h"
#include "app/lessonnavigator.h"
#include "app/mainwindow.h"
#include "app/presentationcontroller.h"
#include "app/transportbar.h"
#include "app/viewcontroller.h"
#include "presenter/presenterwindow.h"
#include "widgets/lessonpanel.h"
#include "widgets/theme.h"
#include "workermain.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextLayout>

using app::MainWindow;
using widgets::Theme;

/// Presentation mode (F5, PgDn/PgUp through slides and lessons, Esc), the presenter window,
/// zoom, theme and language switched at run time, driven by keys as a teacher would.
class TestPresentation : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_config;

    static void showActive(MainWindow &w)
    {
        w.resize(1280, 800);
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
    }

    static QString notesText(const app::PresentationController *pc)
    {
        auto *notes = pc->presenterWindow()->findChild<QTextBrowser *>("presenterNotes");
        return notes ? notes->toPlainText() : QString();
    }

    static void resetTheme() { app::ViewController::applyToApplication(Theme::Kind::Light, 100); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_config.path());
    }

    void cleanup() { resetTheme(); }

    /// F5 in, PgDn through all four slides of the locks lesson and on into the next lesson,
    /// PgUp back to the previous lesson's last slide, Esc out; outside it PgDn moves by lesson.
    void keysWalkSlidesAndLessons()
    {
        MainWindow w;
        QVERIFY(w.setLesson("shared"));
        showActive(w);
        app::PresentationController *pc = w.presentation();
        QSignalSpy presenting(pc, &app::PresentationController::presentingChanged);

        QTest::keyClick(&w, Qt::Key_F5);
        QVERIFY(w.isPresenting());
        QCOMPARE(presenting.count(), 1);
        QTRY_VERIFY(w.isFullScreen());
        QVERIFY(!w.navigator()->isVisible());
        QVERIFY(!w.menuBar()->isVisible());
        QVERIFY(pc->indicator()->isVisible());
        // Larger transport controls than the application font.
        QVERIFY(w.transportBar()->font().pointSizeF() > QApplication::font().pointSizeF());

        // From the last slide of "shared" (if it has slides), one PgDn goes to the locks
        // lesson's first slide.
        if (const int n = int(w.currentPanel()->slides().size()); n > 0)
            w.currentPanel()->showSlide(n - 1);
        QTest::keyClick(&w, Qt::Key_PageDown);
        QCOMPARE(w.currentLessonId(), QString("locks"));
        widgets::LessonPanel *locks = w.currentPanel();
        const QStringList slides = locks->slides();
        QCOMPARE(slides.size(), 4);
        QCOMPARE(locks->currentSlide(), 0);
        QVERIFY2(pc->indicator()->text().contains(slides.at(0) + " 1/4"),
                 qPrintable(pc->indicator()->text()));
        for (int i = 1; i < slides.size(); ++i) {
            QTest::keyClick(&w, Qt::Key_PageDown);
            QCOMPARE(w.currentLessonId(), QString("locks"));
            QCOMPARE(locks->currentSlide(), i);
            QVERIFY2(
                pc->indicator()->text().contains(QString("%1 %2/4").arg(slides.at(i)).arg(i + 1)),
                qPrintable(pc->indicator()->text()));
        }
        // Past the last slide: the next lesson.
        QTest::keyClick(&w, Qt::Key_PageDown);
        QCOMPARE(w.currentLessonId(), QString("queues"));
        QVERIFY(pc->indicator()->text().contains("7/8"));

        // PgUp from there: the locks lesson's last slide, then back through its slides.
        QTest::keyClick(&w, Qt::Key_PageUp);
        QCOMPARE(w.currentLessonId(), QString("locks"));
        QCOMPARE(locks->currentSlide(), 3);
        for (int i = 2; i >= 0; --i) {
            QTest::keyClick(&w, Qt::Key_PageUp);
            QCOMPARE(locks->currentSlide(), i);
        }
        QTest::keyClick(&w, Qt::Key_PageUp);
        QCOMPARE(w.currentLessonId(), QString("shared"));

        // Demo keys still work while presenting.
        QTest::keyClick(&w, Qt::Key_PageDown);
        QCOMPARE(w.currentLessonId(), QString("locks"));
        QVERIFY(w.transportBar()->isEnabled());
        QTest::keyClick(&w, Qt::Key_Space);
        QTRY_VERIFY(locks->isPlaying());
        QTest::keyClick(&w, Qt::Key_Space);
        QTRY_VERIFY(!locks->isPlaying());

        // Esc leaves: navigator and menu bar back, no longer full screen.
        QTest::keyClick(&w, Qt::Key_Escape);
        QVERIFY(!w.isPresenting());
        QCOMPARE(presenting.count(), 2);
        QTRY_VERIFY(!w.isFullScreen());
        QVERIFY(w.navigator()->isVisible());
        QVERIFY(w.menuBar()->isVisible());
        QVERIFY(!pc->indicator()->isVisible());

        // Outside presentation PgDn/PgUp move by lesson, whatever the slides.
        locks->showSlide(1);
        QTest::keyClick(&w, Qt::Key_PageDown);
        QCOMPARE(w.currentLessonId(), QString("queues"));
        QTest::keyClick(&w, Qt::Key_PageUp);
        QCOMPARE(w.currentLessonId(), QString("locks"));
        QTest::keyClick(&w, Qt::Key_PageUp);
        QCOMPARE(w.currentLessonId(), QString("shared"));

        // F5 toggles; Esc outside presentation changes nothing.
        QTest::keyClick(&w, Qt::Key_F5);
        QVERIFY(w.isPresenting());
        QTest::keyClick(&w, Qt::Key_F5);
        QVERIFY(!w.isPresenting());
        QTest::keyClick(&w, Qt::Key_Escape);
        QVERIFY(!w.isPresenting());
        w.shutdownAll();
    }

    /// The last lesson's last slide and the first lesson's first slide are the ends.
    void endsDoNotWrap()
    {
        MainWindow w;
        const QStringList ids = w.registry().ids();
        QVERIFY(w.setLesson(ids.last()));
        showActive(w);
        w.setPresenting(true);
        QTest::keyClick(&w, Qt::Key_PageDown);
        QCOMPARE(w.currentLessonId(), ids.last());
        w.setLesson(ids.first());
        QTest::keyClick(&w, Qt::Key_PageUp);
        QCOMPARE(w.currentLessonId(), ids.first());
        w.setPresenting(false);
        w.shutdownAll();
    }

    /// The presenter window shows the slide's notes and what comes next, follows PgDn and a
    /// language switch, and closes when presentation ends and when the window closes.
    void presenterWindowFollows()
    {
        app::LanguageManager languages;
        QVERIFY(languages.setLanguage("en"));
        auto restore = qScopeGuard([&] { languages.setLanguage("en"); });
        MainWindow w;
        w.viewController()->setLanguageManager(&languages);
        QVERIFY(w.setLesson("locks"));
        showActive(w);
        app::PresentationController *pc = w.presentation();
        w.setPresenting(true);
        // One screen here: the presenter view comes only on demand (View → Presenter view).
        if (QGuiApplication::screens().size() == 1)
            QVERIFY(!pc->isPresenterVisible());
        pc->presenterAction()->trigger();
        QVERIFY(pc->isPresenterVisible());
        widgets::LessonPanel *locks = w.currentPanel();
        locks->showSlide(0);
        pc->refresh();
        QVERIFY2(notesText(pc).contains("read, add, write"), qPrintable(notesText(pc)));
        auto *next = pc->presenterWindow()->findChild<QLabel *>("presenterNext");
        QVERIFY(next->text().contains(locks->slides().at(1)));

        QTest::keyClick(&w, Qt::Key_PageDown);
        QCOMPARE(locks->currentSlide(), 1);
        QTRY_VERIFY2(notesText(pc).contains("Lost updates"), qPrintable(notesText(pc)));

        // A click on a tab (not a key) is followed too.
        locks->showSlide(3);
        QTRY_VERIFY2(notesText(pc).contains("scheduler"), qPrintable(notesText(pc)));
        // On the last slide, "next" is the next lesson.
        QVERIFY2(next->text().contains(w.registry().title("queues")), qPrintable(next->text()));

        QVERIFY(languages.setLanguage("zh_CN"));
        QTRY_VERIFY2(notesText(pc).contains("调度"), qPrintable(notesText(pc)));
        QTRY_VERIFY(pc->indicator()->text().contains("第"));
        QVERIFY(languages.setLanguage("en"));
        QTRY_VERIFY(notesText(pc).contains("scheduler"));

        QTest::keyClick(&w, Qt::Key_Escape);
        QVERIFY(!pc->isPresenterVisible());

        // On demand outside presentation, and closed with the window.
        pc->setPresenterVisible(true);
        QVERIFY(pc->isPresenterVisible());
        w.close();
        QVERIFY(!pc->isPresenterVisible());
    }

    /// On a single screen the presenter view sits beside the lesson, never over the demo, in
    /// presentation mode too; closing it gives the lesson its place back. Its notes wrap
    /// between words only ("th e same" was every space turned into a no-break space).
    void presenterOnOneScreenBesideTheLesson()
    {
        if (QGuiApplication::screens().size() != 1)
            QSKIP("needs exactly one screen");
        app::LanguageManager languages;
        QVERIFY(languages.setLanguage("en"));
        MainWindow w;
        QVERIFY(w.setLesson("locks"));
        showActive(w);
        const QRect avail = w.screen()->availableGeometry();
        w.setGeometry(avail);
        app::PresentationController *pc = w.presentation();
        for (bool presenting : {false, true}) {
            w.setPresenting(presenting);
            if (avail.width() < w.minimumSizeHint().width() + 360)
                QSKIP("the screen is too narrow for the lesson and the notes side by side (ctest "
                      "runs this again on a 1024x768 screen: tst_presentation_1024x768)");
            pc->setPresenterVisible(true);
            QVERIFY(pc->isPresenterVisible());
            QWidget *notes = pc->presenterWindow();
            QTRY_VERIFY(notes->isVisible());
            QVERIFY2(!w.frameGeometry().intersects(notes->frameGeometry()),
                     qPrintable(QStringLiteral("lesson %1,%2 %3x%4 (min %7) under notes at x=%5 "
                                               "(min %8) on %6 px")
                                    .arg(w.frameGeometry().x())
                                    .arg(w.frameGeometry().y())
                                    .arg(w.frameGeometry().width())
                                    .arg(w.frameGeometry().height())
                                    .arg(notes->frameGeometry().x())
                                    .arg(avail.width())
                                    .arg(w.minimumSizeHint().width())
                                    .arg(notes->minimumSizeHint().width())));
            QVERIFY2(
                avail.contains(notes->frameGeometry()),
                qPrintable(QStringLiteral("notes %1,%2 %3x%4 (min %5) on %6x%7; lesson width %8")
                               .arg(notes->x())
                               .arg(notes->y())
                               .arg(notes->width())
                               .arg(notes->height())
                               .arg(notes->minimumSizeHint().width())
                               .arg(avail.width())
                               .arg(avail.height())
                               .arg(w.width())));
            // The lesson keeps most of the screen.
            QVERIFY(w.width() >= avail.width() / 2);

            // Every wrapped line of the notes starts after a space: no word broken.
            auto *browser = notes->findChild<QTextBrowser *>("presenterNotes");
            QVERIFY(browser);
            w.currentPanel()->showSlide(1);
            pc->refresh();
            browser->document()->setTextWidth(browser->viewport()->width());
            int wrapped = 0;
            for (QTextBlock b = browser->document()->begin(); b.isValid(); b = b.next()) {
                const QString text = b.text();
                QTextLayout *layout = b.layout();
                for (int i = 1; i < layout->lineCount(); ++i) {
                    const int start = layout->lineAt(i).textStart();
                    ++wrapped;
                    QVERIFY2(start > 0 &&
                                 (text[start - 1].isSpace() || text[start - 1] == QChar::Nbsp ||
                                  text[start - 1] == QLatin1Char('-')),
                             qPrintable(QStringLiteral("broken at '%1|%2'")
                                            .arg(text.mid(std::max(0, start - 6), 6),
                                                 text.mid(start, 6))));
                    QVERIFY(!text[start - 1].isLetterOrNumber());
                }
            }
            QVERIFY2(wrapped > 0, "the notes were expected to wrap in a third of the screen");
            pc->setPresenterVisible(false);
            QTRY_VERIFY(!notes->isVisible());
            if (!presenting)
                QTRY_COMPARE(w.geometry(), avail); // its place back
            w.setPresenting(false);
        }
        w.shutdownAll();
    }

    /// Ctrl+= / Ctrl+- / Ctrl+0 zoom from 50 to 300 %, scale the app font with the theme, and
    /// are remembered.
    void zoomClampsAndIsRemembered()
    {
        resetTheme();
        MainWindow w;
        QVERIFY(w.setLesson("locks"));
        showActive(w);
        app::ViewController *view = w.viewController();
        QCOMPARE(view->zoom(), 100);
        QVERIFY(view->zoomLabel()->isHidden()); // 100 % needs no status-bar room
        const double base = Theme::current().basePointSize();

        QTest::keyClick(&w, Qt::Key_Equal, Qt::ControlModifier);
        QCOMPARE(view->zoom(), 110);
        QCOMPARE(Theme::current().zoom, 1.1);
        QCOMPARE(QApplication::font().pointSizeF(), Theme::current().basePointSize());
        QVERIFY(QApplication::font().pointSizeF() > base);
        QCOMPARE(app::AppSettings::load().zoom, 110);
        QVERIFY(view->zoomLabel()->text().contains("110"));
        QVERIFY(view->zoomLabel()->isVisible());

        for (int i = 0; i < 30; ++i)
            view->zoomInAction()->trigger();
        QCOMPARE(view->zoom(), 300);
        QCOMPARE(Theme::current().zoom, 3.0);
        QVERIFY(!view->zoomInAction()->isEnabled());
        QCOMPARE(app::AppSettings::load().zoom, 300);

        for (int i = 0; i < 40; ++i)
            QTest::keyClick(&w, Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(view->zoom(), 50);
        QCOMPARE(Theme::current().zoom, 0.5);
        view->setZoom(10);
        QCOMPARE(view->zoom(), 50);
        QCOMPARE(app::AppSettings::load().zoom, 50);

        // A page's own larger type (a "coming" page's bold notice) scales with the zoom too.
        QString comingId; // the first lesson still "coming", if any
        for (const QString &id : w.registry().ids())
            if (comingId.isEmpty() && !w.registry().find(id)->hasDemo())
                comingId = id;
        if (!comingId.isEmpty()) {
            QVERIFY(w.setLesson(comingId));
            auto *coming = qobject_cast<app::ComingSoonPanel *>(w.currentPanel());
            QVERIFY(coming);
            const double small = coming->comingLabel()->font().pointSizeF();
            view->setZoom(200);
            QCOMPARE(coming->comingLabel()->font().pointSizeF(), small * 4);
            QVERIFY(coming->comingLabel()->font().bold());
        }

        QTest::keyClick(&w, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(view->zoom(), 100);
        QCOMPARE(Theme::current().basePointSize(), base);
        QCOMPARE(app::AppSettings::load().zoom, 100);
        w.shutdownAll();
    }

    /// View → Theme switches Theme::current(), the palette and the remembered theme at run time.
    void themeSwitchesAtRunTime()
    {
        resetTheme();
        MainWindow w;
        QVERIFY(w.setLesson("locks"));
        showActive(w);
        app::ViewController *view = w.viewController();
        QVERIFY(view->themeAction(Theme::Kind::Light)->isChecked());
        QSignalSpy changed(view, &app::ViewController::themeChanged);

        view->themeAction(Theme::Kind::Dark)->trigger();
        QCOMPARE(Theme::current().kind, Theme::Kind::Dark);
        QCOMPARE(QApplication::palette().color(QPalette::Window),
                 Theme::make(Theme::Kind::Dark).background);
        QVERIFY(view->themeAction(Theme::Kind::Dark)->isChecked());
        QVERIFY(!view->themeAction(Theme::Kind::Light)->isChecked());
        QCOMPARE(app::AppSettings::load().theme, QString("dark"));
        QCOMPARE(changed.count(), 1);

        // The projector theme keeps the zoom and enlarges the type.
        view->setZoom(120);
        view->themeAction(Theme::Kind::Projector)->trigger();
        QCOMPARE(Theme::current().kind, Theme::Kind::Projector);
        QCOMPARE(Theme::current().zoom, 1.2);
        QCOMPARE(QApplication::font().pointSizeF(),
                 Theme::make(Theme::Kind::Projector).basePointSize() * 1.2);
        QCOMPARE(app::AppSettings::load().theme, QString("projector"));

        // Presenting: the larger transport follows the new size.
        w.setPresenting(true);
        view->themeAction(Theme::Kind::Light)->trigger();
        QVERIFY(w.transportBar()->font().pointSizeF() > QApplication::font().pointSizeF());
        QVERIFY(w.transportBar()->font().pointSizeF() < QApplication::font().pointSizeF() * 2);
        w.setPresenting(false);
        QCOMPARE(w.transportBar()->font().pointSizeF(), QApplication::font().pointSizeF());
        // Every widget follows the new type, not only the application default.
        QCOMPARE(w.navigator()->font().pointSizeF(), QApplication::font().pointSizeF());
        w.shutdownAll();
    }

    /// View → Language switches through the LanguageManager; the menus follow.
    void languageMenuSwitches()
    {
        app::LanguageManager languages;
        QVERIFY(languages.setLanguage("en"));
        auto restore = qScopeGuard([&] { languages.setLanguage("en"); });
        MainWindow w;
        QVERIFY(w.setLesson("locks"));
        app::ViewController *view = w.viewController();
        QVERIFY(!view->languageAction("zh_CN")->isEnabled()); // no manager yet
        view->setLanguageManager(&languages);
        QVERIFY(view->languageAction("en")->isChecked());
        view->languageAction("zh_CN")->trigger();
        QCOMPARE(languages.language(), QString("zh_CN"));
        QVERIFY(view->languageAction("zh_CN")->isChecked());
        QTRY_VERIFY(w.presentation()->presentAction()->text().contains("演示"));
        QTRY_VERIFY(view->zoomLabel()->text().contains("缩放"));
        view->languageAction("en")->trigger();
        QCOMPARE(languages.language(), QString("en"));
        QTRY_VERIFY(w.presentation()->presentAction()->text().contains("Presentation"));
        w.shutdownAll();
    }
};

CC_APP_TEST_MAIN(TestPresentation)
#include "tst_presentation.moc"
