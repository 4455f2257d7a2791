#include "../widgets/textcheck.h"
#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "app/presentationcontroller.h"
#include "app/transportbar.h"
#include "app/viewcontroller.h"
#include "locks/lockspanel.h"
#include "testcourse.h"
#include "widgets/codeview.h"
#include "widgets/lessonpanel.h"
#include "widgets/lockview.h"
#include "widgets/memorymapview.h"
#include "widgets/sharedview.h"
#include "widgets/stagepanel.h"
#include "widgets/statsview.h"
#include "widgets/steplogview.h"
#include "widgets/theme.h"
#include "widgets/timelineview.h"
#include "widgets/workerlanesview.h"
#include "workermain.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSlider>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTextBrowser>
#include <algorithm>
#include <utility>

/// The classroom case: a 1024×768 projector in the projector theme, both languages. Every
/// lesson and slide must fit — no horizontal scrolling, no elided or clipped drawn text, no
/// squeezed button — and no text in the panel may be smaller than 18 px. The same at 4K.
class TestProjectorFit : public QObject
{
    Q_OBJECT

    /// Every view that logs what it paints (the kit's and the lesson's own, through DrawsText):
    /// nothing clipped, too small or elided (code lines aside, which elide by design).
    static void checkDrawn(QWidget *w, QStringList &bad)
    {
        const auto *v = dynamic_cast<const widgets::DrawsText *>(w);
        if (!v || !w->isVisible())
            return;
        const QImage img = w->grab().toImage();
        const QString p = textcheck::problems(v->drawnTexts(), &img, 18.0);
        if (!p.isEmpty())
            bad << QStringLiteral("%1: %2").arg(w->metaObject()->className(), p);
        for (const auto &d : v->drawnTexts()) {
            if (d.text.endsWith(QChar(0x2026)) && !qobject_cast<widgets::CodeView *>(w))
                bad << QStringLiteral("%1: elided '%2'").arg(w->metaObject()->className(), d.text);
        }
    }

    static QStringList problems(app::MainWindow &w)
    {
        // A frame that added a worker lane asked for a relayout: check the page as laid out
        // for what it shows, not the one frame drawn before the layout caught up.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QStringList bad;
        widgets::LessonPanel *panel = w.currentPanel();
        for (auto *area : w.findChildren<QScrollArea *>()) {
            if (area->isAncestorOf(panel) && area->horizontalScrollBar()->maximum() > 0)
                bad << QStringLiteral("the panel scrolls sideways: %1 px too wide")
                           .arg(area->horizontalScrollBar()->maximum());
        }
        for (auto *doc : panel->findChildren<QTextBrowser *>()) {
            // Prose wraps; a code block does not, and must not need sideways scrolling.
            if (doc->isVisible() && doc->horizontalScrollBar()->maximum() > 0)
                bad << QStringLiteral("text scrolls sideways by %1 px: '%2…'")
                           .arg(doc->horizontalScrollBar()->maximum())
                           .arg(doc->toPlainText().left(40));
        }
        QList<QWidget *> all = panel->findChildren<QWidget *>();
        all.prepend(panel);
        for (QWidget *c : std::as_const(all)) {
            if (!c->isVisible())
                continue;
            const bool text = qobject_cast<QLabel *>(c) || qobject_cast<QAbstractButton *>(c);
            if (text && QFontInfo(c->font()).pixelSize() < 18)
                bad << QStringLiteral("%1 '%2' uses a %3 px font")
                           .arg(c->metaObject()->className(), c->objectName())
                           .arg(QFontInfo(c->font()).pixelSize());
            if (auto *b = qobject_cast<QAbstractButton *>(c);
                b && b->width() < b->minimumSizeHint().width())
                bad << QStringLiteral("button '%1' squeezed to %2 of %3 px")
                           .arg(b->text())
                           .arg(b->width())
                           .arg(b->minimumSizeHint().width());
            checkDrawn(c, bad);
        }
        return bad;
    }

    /// What a class must always see of a stage lesson in any state: every line a step is on
    /// (the loop body) and each live worker's current line in the code, nothing below the fold,
    /// the shared value the largest text on the page, the status text clear of its neighbours.
    static QStringList stateProblems(app::MainWindow &w, bool scrolls)
    {
        QStringList bad = problems(w);
        if (!scrolls) // zoomed in: the page may scroll (reported, not failed); nothing may be cut
            for (QString &b : bad)
                if (b.startsWith(QLatin1String("the panel scrolls")))
                    qInfo().noquote() << "zoomed:" << std::exchange(b, QString());
        bad.removeAll(QString());
        widgets::LessonPanel *panel = w.currentPanel();
        for (auto *area : w.findChildren<QScrollArea *>()) {
            if (scrolls && area->isAncestorOf(panel) && area->verticalScrollBar()->maximum() > 0)
                bad << QStringLiteral("the panel scrolls: %1 px below the fold")
                           .arg(area->verticalScrollBar()->maximum());
        }
        auto *stagePanel = qobject_cast<widgets::StagePanel *>(panel);
        if (!stagePanel)
            return bad;
        for (auto *code : panel->findChildren<widgets::CodeView *>()) {
            if (!code->isVisible() || code->currentListing() < 0)
                continue;
            const stage::CodeListing &l = code->listings().at(code->currentListing());
            for (int step = 0; step < 64; ++step) {
                const int line = l.lineOf(step);
                if (line >= 0 && code->lineRect(line).isEmpty())
                    bad << QStringLiteral("code line %1 ('%2') is out of view")
                               .arg(line + 1)
                               .arg(l.lines().at(line).trimmed());
            }
            for (int wk = 0; wk < int(stagePanel->scene().workers().size()); ++wk) {
                const int line = code->markerLine(wk);
                if (line >= 0 && code->lineRect(line).isEmpty())
                    bad << QStringLiteral("worker %1's line %2 is out of view")
                               .arg(wk)
                               .arg(line + 1);
            }
        }
        double sharedPx = 0;
        QString biggest;
        double biggestPx = 0;
        auto consider = [&](const QList<widgets::DrawnText> &texts, bool shared) {
            for (const auto &d : texts) {
                if (shared)
                    sharedPx = std::max(sharedPx, d.pixelSize);
                else if (d.pixelSize > biggestPx)
                    biggestPx = d.pixelSize, biggest = d.text;
            }
        };
        for (auto *v : panel->findChildren<widgets::SharedView *>())
            if (v->isVisible())
                consider(v->drawnTexts(), true);
        for (auto *v : panel->findChildren<widgets::StatsView *>())
            if (v->isVisible())
                consider(v->drawnTexts(), false);
        for (auto *v : panel->findChildren<widgets::WorkerLanesView *>())
            if (v->isVisible())
                consider(v->drawnTexts(), false);
        for (auto *v : panel->findChildren<widgets::LockView *>())
            if (v->isVisible())
                consider(v->drawnTexts(), false);
        for (auto *v : panel->findChildren<widgets::CodeView *>())
            if (v->isVisible())
                consider(v->drawnTexts(), false);
        for (auto *v : panel->findChildren<widgets::TimelineView *>())
            if (v->isVisible())
                consider(v->drawnTexts(), false);
        if (sharedPx > 0 && biggestPx > sharedPx + 0.01)
            bad << QStringLiteral("the shared value (%1 px) is smaller than '%2' (%3 px)")
                       .arg(sharedPx)
                       .arg(biggest)
                       .arg(biggestPx);
        // The status wraps rather than runs under "Lesson 6/8": its label has the lines it needs.
        for (auto *label : w.statusBar()->findChildren<QLabel *>()) {
            if (!label->isVisible() || label->text().isEmpty())
                continue;
            const int need = label->wordWrap() ? label->heightForWidth(label->width())
                                               : label->sizeHint().height();
            if (label->height() < need ||
                (!label->wordWrap() && label->width() < label->sizeHint().width()))
                bad << QStringLiteral("status '%1' needs %2 px, has %3×%4")
                           .arg(label->text())
                           .arg(need)
                           .arg(label->width())
                           .arg(label->height());
        }
        return bad;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        // As the launcher applies --theme projector.
        const widgets::Theme theme = widgets::Theme::make(widgets::Theme::Kind::Projector);
        widgets::Theme::setCurrent(theme);
        QApplication::setPalette(theme.palette());
        QFont font = QApplication::font();
        font.setPointSizeF(theme.basePointSize());
        QApplication::setFont(font);
    }

    void everyLessonFits_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        QTest::newRow("en 1024x768") << "en" << QSize(1024, 768);
        QTest::newRow("zh_CN 1024x768") << "zh_CN" << QSize(1024, 768);
        QTest::newRow("en 1920x1080") << "en" << QSize(1920, 1080);
        QTest::newRow("zh_CN 1920x1080") << "zh_CN" << QSize(1920, 1080);
        QTest::newRow("en 3840x2160") << "en" << QSize(3840, 2160);
        QTest::newRow("zh_CN 3840x2160") << "zh_CN" << QSize(3840, 2160);
    }

    void everyLessonFits()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        app::LanguageManager languages;
        QVERIFY(languages.setLanguage(language));
        app::MainWindow w(testCourse());
        w.resize(size);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QStringList bad;
        for (const QString &id : w.registry().ids()) {
            QVERIFY(w.setLesson(id));
            widgets::LessonPanel *panel = w.currentPanel();
            if (w.registry().find(id)->hasDemo()) { // mid-run: states, locals and steps drawn too
                for (int i = 0; i < 3; ++i)
                    panel->step();
                QTRY_VERIFY(!panel->traceEvents().empty());
            }
            const int slides = std::max<int>(1, int(panel->slides().size()));
            for (int slide = 0; slide < slides; ++slide) {
                panel->showSlide(slide);
                QCoreApplication::processEvents(); // posted relayouts (wrapping knob rows)
                QCoreApplication::processEvents();
                for (const QString &p : problems(w))
                    bad << QStringLiteral("%1/%2: %3").arg(id).arg(slide).arg(p);
                // CC_SHOT_DIR=/tmp/x: keep what was checked, to be looked at.
                if (const QString dir = qEnvironmentVariable("CC_SHOT_DIR"); !dir.isEmpty())
                    w.grab().save(QStringLiteral("%1/%2-%3-%4x%5-%6.png")
                                      .arg(dir, id, language)
                                      .arg(size.width())
                                      .arg(size.height())
                                      .arg(slide));
            }
        }
        w.shutdownAll();
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join('\n')));
    }

    void scrubbedStatesFit_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("lesson");
        QTest::addColumn<QSize>("size");
        for (const char *language : {"en", "zh_CN"})
            for (const char *lesson : {"locks", "shared"})
                for (QSize size : {QSize(1024, 768), QSize(1920, 1080)})
                    QTest::addRow("%s %s %dx%d", language, lesson, size.width(), size.height())
                        << QString::fromLatin1(language) << QString::fromLatin1(lesson) << size;
    }

    /// Paused mid-run, looking back with the scrubber: the page and the transport bar (its
    /// "step N of M" and the buttons beside it) fit, nothing cut.
    void scrubbedStatesFit()
    {
        QFETCH(QString, language);
        QFETCH(QString, lesson);
        QFETCH(QSize, size);
        app::LanguageManager languages;
        QVERIFY(languages.setLanguage(language));
        app::MainWindow w(testCourse());
        w.resize(size);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.setLesson(lesson));
        w.presentation()->setPresenting(size.width() == 1024, false);
        auto *panel = qobject_cast<widgets::StagePanel *>(w.currentPanel());
        QVERIFY(panel);
        // Step by step until ten are recorded: a Step pressed while the last one is still in
        // flight may be taken as the same step on a busy machine.
        for (int i = 0; i < 40 && panel->driver().recordedSteps() < 10; ++i) {
            w.step();
            QTRY_VERIFY_WITH_TIMEOUT((panel->refresh(), panel->driver().run()->stage().isSettled()),
                                     20000);
        }
        QVERIFY(panel->driver().recordedSteps() >= 10);
        panel->refresh();
        const int steps = panel->recordedSteps();
        app::TransportBar *bar = w.transportBar();
        QCOMPARE(bar->scrubSlider()->maximum(), steps);
        QCOMPARE(bar->scrubSlider()->value(), steps);
        bar->scrubSlider()->setValue(steps / 2); // as the teacher drags it
        QCOMPARE(panel->shownStep(), steps / 2);
        QVERIFY(!panel->driver().isLive());
        for (int i = 0; i < 10; ++i)
            QCoreApplication::processEvents();
        QStringList bad = stateProblems(w, true);
        if (lesson != QLatin1String("locks")) // the shared page's own height is not the
            for (QString &b : bad)            // scrubber's: reported, not failed
                if (b.contains(QLatin1String("below the fold")))
                    qInfo().noquote() << "known:" << std::exchange(b, QString());
        bad.removeAll(QString());
        QList<QWidget *> barParts = bar->findChildren<QWidget *>();
        for (QWidget *c : std::as_const(barParts)) {
            if (!c->isVisible())
                continue;
            if (auto *l = qobject_cast<QLabel *>(c); l && l->width() < l->sizeHint().width())
                bad << QStringLiteral("transport label '%1' cut: %2 of %3 px")
                           .arg(l->text())
                           .arg(l->width())
                           .arg(l->sizeHint().width());
            if (auto *b = qobject_cast<QAbstractButton *>(c);
                b && b->width() < b->minimumSizeHint().width())
                bad << QStringLiteral("transport button '%1' squeezed").arg(b->text());
            if (QFontInfo(c->font()).pixelSize() < 18 && qobject_cast<QLabel *>(c))
                bad << QStringLiteral("transport label '%1' uses a %2 px font")
                           .arg(qobject_cast<QLabel *>(c)->text())
                           .arg(QFontInfo(c->font()).pixelSize());
        }
        if (w.width() > size.width())
            bad << QStringLiteral("the window is %1 px wide on a %2 px screen")
                       .arg(w.width())
                       .arg(size.width());
        const QLabel *stepLabel = bar->scrubLabel();
        if (QFontMetricsF(stepLabel->font()).horizontalAdvance(stepLabel->text()) >
            stepLabel->contentsRect().width())
            bad << QStringLiteral("'%1' is cut").arg(stepLabel->text());
        if (!stepLabel->text().contains(QString::number(steps / 2)))
            bad << QStringLiteral("'%1' does not say step %2")
                       .arg(stepLabel->text())
                       .arg(steps / 2);
        if (bar->scrubSlider()->width() < bar->scrubSlider()->minimumWidth())
            bad << QStringLiteral("the scrubber is squeezed");
        if (const QString dir = qEnvironmentVariable("CC_FIT_SHOTS"); !dir.isEmpty())
            w.grab().save(QStringLiteral("%1/scrub-%2.png")
                              .arg(dir, QString::fromLatin1(QTest::currentDataTag()))
                              .replace(QLatin1Char(' '), QLatin1Char('_')));
        w.shutdownAll();
        for (const QString &b : std::as_const(bad))
            qInfo().noquote() << b;
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join('\n')));
    }

    void locksStatesFit_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("zoom");
        QTest::addColumn<int>("threads");
        QTest::addColumn<bool>("present");
        QTest::addColumn<QSize>("size");
        for (const char *language : {"en", "zh_CN"})
            for (int zoom : {100, 150, 200})
                for (int threads : {2, 16})
                    QTest::addRow("%s %d%% %d threads", language, zoom, threads)
                        << QString::fromLatin1(language) << zoom << threads << (zoom == 100)
                        << QSize(1024, 768);
        for (const char *language : {"en", "zh_CN"})
            for (int threads : {2, 16})
                QTest::addRow("%s 1920x1080 %d threads", language, threads)
                    << QString::fromLatin1(language) << 100 << threads << false
                    << QSize(1920, 1080);
    }

    /// Every state of the locks lesson (the template lessons copy) at 1024×768 projector (and
    /// 1920×1080):
    /// lock off and on, scheduler mode, mid-run, finished; 2 and 16 threads; zoom 100–200 %.
    void locksStatesFit()
    {
        QFETCH(QString, language);
        QFETCH(int, zoom);
        QFETCH(int, threads);
        QFETCH(bool, present);
        QFETCH(QSize, size);
        app::LanguageManager languages;
        QVERIFY(languages.setLanguage(language));
        app::ViewController::applyToApplication(widgets::Theme::Kind::Projector, zoom);
        app::MainWindow w(testCourse());
        w.resize(size);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.setLesson(QStringLiteral("locks")));
        // As --present on a 1024×768 projector (offscreen's own screen is another size).
        w.presentation()->setPresenting(present, false);
        auto *panel = qobject_cast<locks::LocksPanel *>(w.currentPanel());
        QVERIFY(panel);
        QStringList bad;
        auto check = [&](const QString &state) {
            panel->refresh();
            for (int i = 0; i < 10; ++i) // posted relayouts: wrapping rows, then their parents
                QCoreApplication::processEvents();
            // Zoomed in, the page may scroll, but nothing may be cut.
            for (const QString &p : stateProblems(w, zoom == 100))
                bad << QStringLiteral("%1: %2").arg(state, p);
            if (qEnvironmentVariableIsSet("CC_FIT_DEBUG"))
                for (auto *l : w.statusBar()->findChildren<QLabel *>())
                    qInfo() << "DEBUG" << l->objectName() << l->geometry() << l->minimumHeight()
                            << l->sizeHint() << l->minimumSizeHint() << w.statusBar()->geometry()
                            << w.transportBar()->geometry();
            // CC_FIT_SHOTS=DIR keeps a picture of every state, to be looked at, and one of the
            // whole lanes (zoomed in, the page scrolls them out of the window's picture).
            if (const QString dir = qEnvironmentVariable("CC_FIT_SHOTS"); !dir.isEmpty()) {
                const QString name =
                    QStringLiteral("%1/%2-%3")
                        .arg(dir, QString::fromLatin1(QTest::currentDataTag()), state)
                        .replace(QLatin1Char(' '), QLatin1Char('_'));
                w.grab().save(name + QStringLiteral(".png"));
                if (auto *lanes = panel->findChild<widgets::WorkerLanesView *>())
                    lanes->grab().save(name + QStringLiteral("-lanes.png"));
            }
        };
        for (bool lock : {false, true}) {
            locks::RaceOptions o = panel->options();
            o.threads = threads;
            o.lock = lock;
            panel->setOptions(o);
            const QString name = lock ? QStringLiteral("lock on") : QStringLiteral("lock off");
            check(name + QStringLiteral(" first frame"));
            for (int i = 0; i < 2 * threads + 1; ++i)
                panel->step();
            QTRY_VERIFY(panel->scene().eventCount() >= std::uint64_t(2 * threads));
            check(name + QStringLiteral(" mid-run"));
            panel->driver().setSchedulerMode(true);
            for (int g = 0; g < 3; ++g)
                panel->driver().grant(g % threads);
            QTRY_VERIFY(panel->driver().canUndo());
            check(name + QStringLiteral(" scheduler"));
            w.setSpeed(widgets::LessonPanel::FullSpeed);
            w.playPause();
            QTRY_VERIFY_WITH_TIMEOUT(panel->scene().finished(), 10000);
            check(name + QStringLiteral(" finished"));
            w.setSpeed(60);
        }
        w.shutdownAll();
        app::ViewController::applyToApplication(widgets::Theme::Kind::Projector, 100);
        bad.removeDuplicates();
        for (const QString &b : std::as_const(bad))
            qInfo().noquote() << b;
        QVERIFY2(bad.isEmpty(), qPrintable(QStringLiteral("%1 problems").arg(bad.size())));
    }
};

CC_APP_TEST_MAIN(TestProjectorFit)
#include "tst_projectorfit.moc"
