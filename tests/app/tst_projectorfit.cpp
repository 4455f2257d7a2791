#include "../widgets/textcheck.h"
#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "multitasking/slicetimelineview.h"
#include "testcourse.h"
#include "widgets/codeview.h"
#include "widgets/lessonpanel.h"
#include "widgets/lockview.h"
#include "widgets/memorymapview.h"
#include "widgets/sharedview.h"
#include "widgets/statsview.h"
#include "widgets/theme.h"
#include "widgets/timelineview.h"
#include "widgets/workerlanesview.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>

/// The classroom case: a 1024×768 projector in the projector theme, both languages. Every
/// lesson and slide must fit — no horizontal scrolling, no elided or clipped drawn text, no
/// squeezed button — and no text in the panel may be smaller than 18 px. The same at 4K.
class TestProjectorFit : public QObject
{
    Q_OBJECT

    template <typename View> static void checkDrawn(QWidget *w, QStringList &bad)
    {
        auto *v = qobject_cast<View *>(w);
        if (!v || !v->isVisible())
            return;
        const QImage img = v->grab().toImage();
        const QString p = textcheck::problems(v->drawnTexts(), &img, 18.0);
        if (!p.isEmpty())
            bad << QStringLiteral("%1: %2").arg(v->metaObject()->className(), p);
        for (const auto &d : v->drawnTexts()) {
            if (d.text.endsWith(QChar(0x2026)) && !qobject_cast<widgets::CodeView *>(v))
                bad << QStringLiteral("%1: elided '%2'").arg(v->metaObject()->className(), d.text);
        }
    }

    static QStringList problems(app::MainWindow &w)
    {
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
            checkDrawn<widgets::WorkerLanesView>(c, bad);
            checkDrawn<widgets::StatsView>(c, bad);
            checkDrawn<widgets::LockView>(c, bad);
            checkDrawn<widgets::SharedView>(c, bad);
            checkDrawn<widgets::TimelineView>(c, bad);
            checkDrawn<widgets::CodeView>(c, bad);
            checkDrawn<widgets::MemoryMapView>(c, bad);
            checkDrawn<multitasking::SliceTimelineView>(c, bad); // a lesson's own view
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
};

QTEST_MAIN(TestProjectorFit)
#include "tst_projectorfit.moc"
