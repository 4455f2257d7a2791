#pragma once

// A lesson's demo in the real window, mid-run and finished, at the sizes a class meets: a
// 1024×768 projector (at 100 % and zoomed to 200 %) and 1920×1080, in both languages. Each state
// is checked — no drawn text elided or wider than its box, the page not scrolling sideways —
// and with CLASSROOM_SHOTS=DIR saved as DIR/<lesson>-<lang>-<size>[-zoom]-<state>.png to be
// looked at.

#include "../widgets/textcheck.h"
#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "app/viewcontroller.h"
#include "widgets/codeview.h"
#include "widgets/lessonpanel.h"
#include "widgets/memorymapview.h"
#include "widgets/statsview.h"
#include "widgets/theme.h"
#include "widgets/workerlanesview.h"

#include <QApplication>
#include <QScrollArea>
#include <QScrollBar>
#include <QtTest>
#include <functional>
#include <utility>

namespace lessonshots {

/// One size a class meets.
struct Setup
{
    const char *language;
    QSize size;
    int zoom;
};

/// The rows every lesson is shot in.
inline void addRows()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("zoom");
    for (const char *lang : {"en", "zh_CN"}) {
        for (const Setup s : {Setup{lang, {1024, 768}, 100}, Setup{lang, {1024, 768}, 200},
                              Setup{lang, {1920, 1080}, 100}})
            QTest::addRow("%s %dx%d %d%%", lang, s.size.width(), s.size.height(), s.zoom)
                << QString::fromLatin1(lang) << s.size << s.zoom;
    }
}

/// What of @p w lies outside the window's scrolled page as it stands (empty: all of it in view,
/// no scrolling needed). With @p sideways false, only above or below: zoomed in, a page wider
/// than the window scrolls sideways (the projector-fit rule reports that, and does not fail).
inline QString outOfView(const QWidget *w, bool sideways = true)
{
    const QScrollArea *area = nullptr;
    for (QWidget *p = w->parentWidget(); p && !area; p = p->parentWidget())
        area = qobject_cast<QScrollArea *>(p);
    if (!area || !w->isVisible())
        return QStringLiteral("%1 not shown").arg(w->accessibleName());
    const QWidget *top = w->window();
    const QRect view(area->viewport()->mapTo(top, QPoint()), area->viewport()->size());
    const QRect r(w->mapTo(top, QPoint()), w->size());
    if (view.contains(r) || (!sideways && r.top() >= view.top() && r.bottom() <= view.bottom()))
        return {};
    return QStringLiteral("%1 at %2..%3, y %4..%5, the page shows %6..%7, y %8..%9")
        .arg(w->accessibleName())
        .arg(r.left())
        .arg(r.right())
        .arg(r.top())
        .arg(r.bottom())
        .arg(view.left())
        .arg(view.right())
        .arg(view.top())
        .arg(view.bottom());
}

template <typename View> void checkDrawn(QWidget *w, const QString &state, QStringList &bad)
{
    auto *v = qobject_cast<View *>(w);
    if (!v || !v->isVisible())
        return;
    const QImage img = v->grab().toImage();
    const QString p = textcheck::problems(v->drawnTexts(), &img, 0.0);
    if (!p.isEmpty())
        bad << QStringLiteral("%1 %2: %3").arg(state, v->metaObject()->className(), p);
    for (const auto &d : v->drawnTexts())
        if (d.text.endsWith(QChar(0x2026)) && !qobject_cast<widgets::CodeView *>(v))
            bad << QStringLiteral("%1 %2: elided '%3'")
                       .arg(state, v->metaObject()->className(), d.text);
}

/// What is wrong with the page as it is drawn now; @p more checks the lesson's own views.
inline QStringList problems(app::MainWindow &w, const QString &state,
                            const std::function<void(QWidget *, QStringList &)> &more)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
    QStringList bad;
    widgets::LessonPanel *panel = w.currentPanel();
    for (auto *area : w.findChildren<QScrollArea *>())
        if (area->isAncestorOf(panel) && area->horizontalScrollBar()->maximum() > 0)
            bad << QStringLiteral("%1: the panel scrolls sideways by %2 px")
                       .arg(state)
                       .arg(area->horizontalScrollBar()->maximum());
    QList<QWidget *> all = panel->findChildren<QWidget *>();
    for (QWidget *c : std::as_const(all)) {
        checkDrawn<widgets::WorkerLanesView>(c, state, bad);
        checkDrawn<widgets::StatsView>(c, state, bad);
        checkDrawn<widgets::CodeView>(c, state, bad);
        checkDrawn<widgets::MemoryMapView>(c, state, bad);
        if (more)
            more(c, bad);
    }
    return bad;
}

/// Shoots lesson @p id: @p mid brings the panel mid-run, @p finish runs it to its end; @p more
/// checks the lesson's own views. Zoomed in, the page may scroll sideways (reported, not failed:
/// the projector-fit rule). Call from a data-driven slot over addRows().
inline void shoot(const QString &id, const std::function<void(widgets::LessonPanel *)> &mid,
                  const std::function<void(widgets::LessonPanel *)> &finish,
                  const std::function<void(QWidget *, QStringList &)> &more = {})
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    QFETCH(int, zoom);
    app::LanguageManager languages;
    QVERIFY(languages.setLanguage(language));
    const bool projector = size.width() == 1024;
    app::ViewController::applyToApplication(
        projector ? widgets::Theme::Kind::Projector : widgets::Theme::Kind::Light, zoom);
    app::MainWindow w;
    w.resize(size);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.setLesson(id));
    widgets::LessonPanel *panel = w.currentPanel();
    QVERIFY(panel);
    const QString dir = qEnvironmentVariable("CLASSROOM_SHOTS");
    const QString name = QStringLiteral("%1/%2-%3-%4x%5%6")
                             .arg(dir, id, language)
                             .arg(size.width())
                             .arg(size.height())
                             .arg(zoom == 100 ? QString() : QStringLiteral("-%1").arg(zoom));
    QStringList bad;
    mid(panel);
    if (QTest::currentTestFailed())
        return;
    bad << problems(w, QStringLiteral("mid-run"), more);
    if (!dir.isEmpty())
        QVERIFY(w.grab().save(name + QStringLiteral("-mid.png")));
    finish(panel);
    if (QTest::currentTestFailed())
        return;
    bad << problems(w, QStringLiteral("finished"), more);
    if (!dir.isEmpty())
        QVERIFY(w.grab().save(name + QStringLiteral("-done.png")));
    w.shutdownAll();
    app::ViewController::applyToApplication(widgets::Theme::Kind::Light, 100);
    for (QString &b : bad)
        if (zoom > 100 && b.contains(QLatin1String("scrolls sideways")))
            qInfo().noquote() << "zoomed:" << std::exchange(b, QString());
    bad.removeAll(QString());
    QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
}

} // namespace lessonshots
