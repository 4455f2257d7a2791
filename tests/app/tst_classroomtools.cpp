#include "app/classroomtools.h"
#include "app/comingsoonpanel.h"
#include "app/exporter.h"
#include "app/glossary/glossary.h"
#include "app/glossary/glossarypage.h"
#include "app/glossarylinker.h"
#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "app/tr.h"
#include "locks/lockslesson.h"
#include "widgets/lessonpanel.h"
#include "widgets/theme.h"
#include "workermain.h"

#include <QAction>
#include <QDialog>
#include <QHelpEvent>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenuBar>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QToolTip>

using app::ClassroomTools;
using app::MainWindow;
using Mode = widgets::PointerOverlay::Mode;

namespace {

/// Glossary anchors in @p browser's document: (where the anchor starts, id).
QList<QPair<int, QString>> glossaryAnchors(const QTextBrowser *browser)
{
    QList<QPair<int, QString>> out;
    const QTextDocument *doc = browser->document();
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QString id = app::glossaryIdFromLink(it.fragment().charFormat().anchorHref());
            if (!id.isEmpty())
                out.append({it.fragment().position(), id});
        }
    return out;
}

double luminance(const QColor &c)
{
    auto lin = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

/// A lesson whose panel is still coming beside the locks lesson: a registry of its own, so the
/// tests do not hang on which lessons of the course are still coming.
widgets::LessonRegistry comingAndLocks()
{
    return {widgets::Lesson::coming(QStringLiteral("multitasking"), "Course", "Multitasking"),
            locks::lesson()};
}

} // namespace

/// Export, pointer and glossary around the real lesson panels.
class TestClassroomTools : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    /// The window at @p size on the locks lesson, shown and exposed.
    static bool showLocks(MainWindow &w, const QSize &size)
    {
        w.resize(size);
        if (!w.setLesson(QStringLiteral("locks")))
            return false;
        w.show();
        return QTest::qWaitForWindowExposed(&w);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Never the teacher's own settings.
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QCoreApplication::setOrganizationName(QStringLiteral("cc-test-classroomtools"));
        QStandardPaths::setTestModeEnabled(true);
    }

    void exportsTraceOfARealRun()
    {
        MainWindow w;
        QVERIFY(showLocks(w, QSize(1280, 800)));
        ClassroomTools *tools = w.classroomTools();
        QVERIFY(tools->exportTraceAction()->isEnabled());

        widgets::LessonPanel *panel = w.currentPanel();
        w.setSpeed(95);
        w.playPause();
        // Let the real threads take their steps (the default run is short: it ends by itself).
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isPlaying() && panel->traceEvents().size() > 10, 20000);

        const QString path = m_dir.filePath(QStringLiteral("run.json"));
        QVERIFY2(tools->exportTrace(path), qPrintable(tools->lastError()));
        QVERIFY(tools->lastError().isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(doc.isObject());
        const QJsonArray events = doc.object().value(QStringLiteral("traceEvents")).toArray();
        QVERIFY(events.size() > 10);

        const QStringList workers = panel->traceInfo().workers;
        QVERIFY(workers.size() >= 2);
        const QSet<QString> phases{"X", "i", "I", "M", "C", "s", "f", "t", "B", "E"};
        QMap<int, QString> threadNames;
        QSet<int> tracks;
        int spans = 0;
        for (const QJsonValue &v : events) {
            const QJsonObject o = v.toObject();
            const QString ph = o.value("ph").toString();
            QVERIFY2(phases.contains(ph), qPrintable(ph));
            if (ph == "M") {
                if (o.value("name").toString() == "thread_name") {
                    const int tid = o.value("tid").toInt();
                    QVERIFY2(!threadNames.contains(tid), "one thread_name per track");
                    threadNames.insert(tid, o.value("args").toObject().value("name").toString());
                }
                continue;
            }
            QVERIFY(o.value("ts").isDouble());
            tracks.insert(o.value("tid").toInt(-1));
            spans += ph == "X";
        }
        QVERIFY(spans > 0);
        // One named track per worker, and nothing drawn outside them.
        QCOMPARE(threadNames.size(), workers.size());
        QCOMPARE(QStringList(threadNames.values()), workers);
        for (int tid : std::as_const(tracks))
            QVERIFY2(threadNames.contains(tid), qPrintable(QString::number(tid)));
        QCOMPARE(tracks.size(), workers.size());
    }

    void traceExportIsDisabledWithoutADemo()
    {
        MainWindow w(comingAndLocks());
        QVERIFY(w.setLesson(QStringLiteral("multitasking")));
        ClassroomTools *tools = w.classroomTools();
        QVERIFY(!tools->exportTraceAction()->isEnabled());
        QVERIFY(!tools->exportTraceAction()->statusTip().isEmpty());
        QVERIFY(tools->exportPanelAction()->isEnabled());
        const QString path = m_dir.filePath(QStringLiteral("none.json"));
        QVERIFY(!tools->exportTrace(path));
        QVERIFY(!tools->lastError().isEmpty());
        QVERIFY(!QFile::exists(path));
        // Back on a lesson with a demo, it is offered again.
        QVERIFY(w.setLesson(QStringLiteral("locks")));
        QVERIFY(tools->exportTraceAction()->isEnabled());
    }

    void exportsPanelAsPng()
    {
        MainWindow w;
        QVERIFY(showLocks(w, QSize(1024, 768)));
        ClassroomTools *tools = w.classroomTools();
        QCOMPARE(tools->exportPanelAction()->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
        // Through the menu action, with the dialog answered by the test.
        const QString path = m_dir.filePath(QStringLiteral("panel.png"));
        tools->setPathPrompt([&](ClassroomTools::ExportKind kind, const QString &suggested) {
            [&] {
                QCOMPARE(kind, ClassroomTools::ExportKind::PanelImage);
                QVERIFY(suggested.endsWith(QStringLiteral("locks.png")));
            }();
            return path;
        });
        tools->exportPanelAction()->trigger();
        QVERIFY2(tools->lastError().isEmpty(), qPrintable(tools->lastError()));
        const QImage image(path);
        QVERIFY(!image.isNull());
        const widgets::LessonPanel *panel = w.currentPanel();
        QCOMPARE(image.size(), panel->size() * panel->devicePixelRatio());
        // A real picture of the panel, not an empty canvas.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY(colours.size() > 3);
        QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("panel.png")));
    }

    void unwritableFileIsExplained()
    {
        MainWindow w;
        QVERIFY(w.setLesson(QStringLiteral("locks")));
        ClassroomTools *tools = w.classroomTools();
        const QString path = m_dir.filePath(QStringLiteral("no/such/folder/x.png"));
        QVERIFY(!tools->exportPanelImage(path));
        QVERIFY(tools->lastError().contains(QDir::toNativeSeparators(path)));
        QCOMPARE(w.statusBar()->currentMessage(), tools->lastError());
        QVERIFY(!tools->exportTrace(m_dir.filePath(QStringLiteral("no/such/t.json"))));
        QVERIFY(tools->lastError().contains(QStringLiteral("t.json")));
        QString error;
        QVERIFY(!app::Exporter::saveTrace(nullptr, m_dir.filePath("n.json"), &error));
        QVERIFY(!error.isEmpty());
    }

    void pointerModes()
    {
        MainWindow w;
        QVERIFY(showLocks(w, QSize(1024, 768)));
        ClassroomTools *tools = w.classroomTools();
        widgets::PointerOverlay *pointer = tools->pointer();
        QCOMPARE(pointer->mode(), Mode::Off);
        QVERIFY(!pointer->isVisible());

        tools->spotlightAction()->trigger();
        QCOMPARE(pointer->mode(), Mode::Spotlight);
        QVERIFY(pointer->isVisible());
        tools->penAction()->trigger();
        QCOMPARE(pointer->mode(), Mode::Pen);
        QVERIFY(!tools->spotlightAction()->isChecked());
        tools->penAction()->trigger(); // the same key again turns it off
        QCOMPARE(pointer->mode(), Mode::Off);
        QVERIFY(!pointer->isVisible());
        tools->spotlightAction()->trigger();
        tools->pointerOffAction()->trigger();
        QCOMPARE(pointer->mode(), Mode::Off);
        QVERIFY(!tools->spotlightAction()->isChecked());

        // Shortcuts that clash with none of the window's keys.
        QSet<QKeySequence> keys;
        for (QAction *a : w.findChildren<QAction *>())
            for (const QKeySequence &k : a->shortcuts()) {
                QVERIFY2(!keys.contains(k), qPrintable(k.toString()));
                keys.insert(k);
            }
        QVERIFY(keys.contains(QKeySequence(Qt::CTRL | Qt::Key_L)));
        QVERIFY(keys.contains(QKeySequence(Qt::CTRL | Qt::Key_P)));
    }

    void penStrokesClearOnLessonChange()
    {
        widgets::Theme::setCurrent(widgets::Theme::make(widgets::Theme::Kind::Projector));
        MainWindow w;
        QVERIFY(showLocks(w, QSize(1024, 768)));
        ClassroomTools *tools = w.classroomTools();
        widgets::PointerOverlay *pointer = tools->pointer();
        tools->setPointerMode(Mode::Pen);
        QTRY_COMPARE(pointer->size(), pointer->parentWidget()->size());
        const QPoint a(200, 200), b(400, 220);
        QTest::mousePress(pointer, Qt::LeftButton, {}, a);
        QTest::mouseMove(pointer, QPoint(300, 210));
        QTest::mouseMove(pointer, b);
        QTest::mouseRelease(pointer, Qt::LeftButton, {}, b);
        QCOMPARE(pointer->strokeCount(), 1);

        // The ink stands out on the projector theme (graphics need 3:1; halo on top of that).
        const QColor background = widgets::Theme::current().background;
        QVERIFY(contrast(widgets::PointerOverlay::penColor(), background) >= 3.0);
        QVERIFY(contrast(widgets::PointerOverlay::penColor(), Qt::black) >= 3.0);
        const QImage shot = pointer->grab().toImage();
        QCOMPARE(shot.pixelColor(QPoint(300, 210) * shot.devicePixelRatio()).rgb(),
                 widgets::PointerOverlay::penColor().rgb());
        // The exported picture has the drawing on it.
        const QImage exported = app::Exporter::panelImage(w.currentPanel(), pointer);
        const QPoint inPanel =
            w.currentPanel()->mapFromGlobal(pointer->mapToGlobal(QPoint(300, 210)));
        QCOMPARE(exported.pixelColor(inPanel * exported.devicePixelRatio()).rgb(),
                 widgets::PointerOverlay::penColor().rgb());

        QVERIFY(w.setLesson(QStringLiteral("threads")));
        QCOMPARE(pointer->strokeCount(), 0);
        QCOMPARE(pointer->mode(), Mode::Pen); // still drawing, on a clean page
        QTest::mouseClick(pointer, Qt::LeftButton, {}, a);
        QCOMPARE(pointer->strokeCount(), 1);
        tools->clearPenAction()->trigger();
        QCOMPARE(pointer->strokeCount(), 0);
        widgets::Theme::setCurrent(widgets::Theme::make(widgets::Theme::Kind::Light));
    }

    void glossaryPageAndTermsInLessonText()
    {
        app::LanguageManager languages;
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        MainWindow w;
        QVERIFY(showLocks(w, QSize(1280, 800)));
        ClassroomTools *tools = w.classroomTools();
        QCOMPARE(tools->glossaryAction()->shortcut(), QKeySequence(Qt::Key_F1));
        QVERIFY(!tools->glossaryWindow()); // made when first asked for
        tools->glossaryAction()->trigger();
        QVERIFY(tools->glossaryWindow()->isVisible());
        QVERIFY(tools->ensureGlossary()->visibleEntryCount() >= 7);
        tools->glossaryAction()->trigger();
        QVERIFY(!tools->glossaryWindow()->isVisible());

        // The locks explanation: its terms are hover links to the glossary.
        auto *tabs = w.currentPanel()->findChild<QTabWidget *>();
        QVERIFY(tabs);
        tabs->setCurrentIndex(0);
        auto *explanation = qobject_cast<QTextBrowser *>(tabs->currentWidget());
        QVERIFY(explanation);
        QTRY_VERIFY(!glossaryAnchors(explanation).isEmpty());
        QStringList ids;
        for (const auto &anchor : glossaryAnchors(explanation))
            ids.append(anchor.second);
        QVERIFY2(ids.contains(QStringLiteral("lock")), qPrintable(ids.join(',')));
        QCOMPARE(ids.size(), QSet<QString>(ids.begin(), ids.end()).size()); // once each
        const QString plain = explanation->toPlainText();

        // Hovering shows the definition, in the current language, with both spellings.
        auto tooltipAt = [](QTextBrowser *browser, int position) {
            QToolTip::hideText();
            // The middle of the term's first character (a term can be one Chinese character).
            QTextCursor c(browser->document());
            c.setPosition(position);
            const QPoint start = browser->cursorRect(c).center();
            c.setPosition(position + 1);
            const QPoint pos = (start + browser->cursorRect(c).center()) / 2;
            QHelpEvent help(QEvent::ToolTip, pos, browser->viewport()->mapToGlobal(pos));
            QCoreApplication::sendEvent(browser->viewport(), &help);
            return QToolTip::text();
        };
        const auto anchor = glossaryAnchors(explanation).constFirst();
        QTRY_COMPARE(tooltipAt(explanation, anchor.first), app::glossaryTooltip(anchor.second));
        QVERIFY(QToolTip::text().contains(app::glossaryEntry(anchor.second).chineseTerm));

        // Clicking a term opens the glossary page.
        emit tools->linker()->termActivated(anchor.second);
        QVERIFY(tools->glossaryWindow()->isVisible());

        // Runtime switch: the text is set again and annotated again, tooltips in Chinese.
        QVERIFY(languages.setLanguage(QStringLiteral("zh_CN")));
        QTRY_VERIFY(explanation->toPlainText() != plain && !glossaryAnchors(explanation).isEmpty());
        const auto zhAnchor = glossaryAnchors(explanation).constFirst();
        QTRY_COMPARE(tooltipAt(explanation, zhAnchor.first), app::glossaryTooltip(zhAnchor.second));
        QCOMPARE(tools->glossaryAction()->text(), app::Tr::tr("&Glossary"));
        QVERIFY(tools->glossaryAction()->text() != QStringLiteral("&Glossary"));
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
    }

    void comingSoonSummariesExplainTerms()
    {
        MainWindow w(comingAndLocks());
        QVERIFY(w.setLesson(QStringLiteral("multitasking")));
        auto *coming = qobject_cast<app::ComingSoonPanel *>(w.currentPanel());
        QVERIFY(coming);
        QTRY_VERIFY(!glossaryAnchors(coming->summaryView()).isEmpty());
        QStringList ids;
        for (const auto &anchor : glossaryAnchors(coming->summaryView()))
            ids.append(anchor.second);
        QVERIFY2(ids.contains(QStringLiteral("parallel-concurrent")), qPrintable(ids.join(',')));
        // Annotating twice adds nothing; the text itself is unchanged.
        const QString plain = coming->summaryView()->toPlainText();
        QCOMPARE(app::GlossaryLinker::annotate(coming->summaryView()->document()), 0);
        QCOMPARE(coming->summaryView()->toPlainText(), plain);
    }

    void annotateSkipsCodeAndKeepsPositions()
    {
        QTextDocument doc;
        doc.setMarkdown(QStringLiteral("A `lock` in code, then a lock & a thread (a < b).\n\n"
                                       "```\nqueue in a block\n```\n\nA queue."));
        const QString plain = doc.toPlainText();
        QCOMPARE(app::GlossaryLinker::annotate(&doc), 3);
        QCOMPARE(doc.toPlainText(), plain);
        QMap<QString, QString> linked; // id -> the text it covers
        for (QTextBlock b = doc.begin(); b.isValid(); b = b.next())
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                const QString id = app::glossaryIdFromLink(it.fragment().charFormat().anchorHref());
                if (!id.isEmpty())
                    linked.insert(id, it.fragment().text());
            }
        QCOMPARE(linked.value(QStringLiteral("lock")), QStringLiteral("lock"));
        QCOMPARE(linked.value(QStringLiteral("process-thread")), QStringLiteral("thread"));
        QCOMPARE(linked.value(QStringLiteral("queue-stack")), QStringLiteral("queue"));
        // The linked "lock" is the second one (the first is code), the queue the last line's.
        const int lockAt = plain.indexOf(QStringLiteral("a lock")) + 2;
        QTextCursor c(&doc);
        c.setPosition(lockAt + 1);
        QCOMPARE(c.charFormat().anchorHref(), app::glossaryLink(QStringLiteral("lock")));
        c.setPosition(plain.lastIndexOf(QStringLiteral("queue")) + 1);
        QCOMPARE(c.charFormat().anchorHref(), app::glossaryLink(QStringLiteral("queue-stack")));
    }
};

CC_APP_TEST_MAIN(TestClassroomTools)
#include "tst_classroomtools.moc"
