#pragma once

// What the lessons' panel tests share: shutting a panel down in each pacing mode with its children
// checked gone by PID (the process lessons), and the screenshot matrix (language × screen × zoom)
// with its check that a view's texts fit.

#include "../childcheck.h"
#include "../widgets/textcheck.h"
#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "app/viewcontroller.h"
#include "widgets/lessonpanel.h"
#include "widgets/stagepanel.h"
#include "widgets/theme.h"

#include <QElapsedTimer>
#include <QtTest>
#include <functional>
#include <vector>

namespace testing {

/// Pacing modes a panel is shut down in (the `mode` column of addPacingRows()).
enum class ShutdownMode : int { Slow = 0, Paused = 1, Scheduler = 2, Full = 3 };

/// One data row per pacing mode, in column `mode`.
inline void addPacingRows()
{
    QTest::addColumn<int>("mode");
    QTest::addRow("slow") << int(ShutdownMode::Slow);
    QTest::addRow("paused") << int(ShutdownMode::Paused);
    QTest::addRow("scheduler") << int(ShutdownMode::Scheduler);
    QTest::addRow("full") << int(ShutdownMode::Full);
}

/// Puts @p panel (in scheduler mode, its children started) in pacing @p mode, shuts it down and
/// checks that it took under a second and that every child PID it showed is gone.
inline void checkShutdownReapsChildren(widgets::StagePanel &panel, int mode)
{
    if (ShutdownMode(mode) != ShutdownMode::Scheduler) {
        panel.setSpeed(ShutdownMode(mode) == ShutdownMode::Full ? widgets::LessonPanel::FullSpeed
                                                                : 0);
        panel.play();
        if (ShutdownMode(mode) == ShutdownMode::Paused)
            panel.pause();
    }
    panel.refresh();
    std::vector<qint64> pids;
    for (const auto &w : panel.scene().workers())
        if (w.pid > 0)
            pids.push_back(w.pid);
    QVERIFY(!pids.empty());
    QElapsedTimer t;
    t.start();
    panel.shutdown();
    qInfo("shut down in %lld ms", t.elapsed());
    QVERIFY2(t.elapsed() < 1000, qPrintable(QString::number(t.elapsed())));
    for (qint64 pid : pids)
        QVERIFY2(!alive(pid), qPrintable(QString::number(pid)));
}

/// What ends a lesson's children in checkLeavesNoChild().
enum class Ending : int { Reset = 0, Switch = 1, Quit = 2 };

/// One data row per ending, in column `ending`.
inline void addEndingRows()
{
    QTest::addColumn<int>("ending");
    QTest::addRow("reset") << int(Ending::Reset);
    QTest::addRow("lesson switch") << int(Ending::Switch);
    QTest::addRow("quit") << int(Ending::Quit);
}

/// Opens @p lesson in a main window, lets @p start get its children going (scheduler mode),
/// then resets, switches lesson or closes the window as @p ending says, and checks that every
/// child PID the lesson showed is gone once that call returns (under a second; the time is
/// printed).
inline void checkLeavesNoChild(const QString &lesson, int ending,
                               const std::function<bool(widgets::StagePanel &)> &start)
{
    app::MainWindow w;
    QVERIFY(w.setLesson(lesson));
    w.show();
    auto *panel = qobject_cast<widgets::StagePanel *>(w.currentPanel());
    QVERIFY(panel);
    panel->driver().setSchedulerMode(true);
    QVERIFY(start(*panel));
    panel->refresh();
    std::vector<qint64> pids;
    for (const auto &worker : panel->scene().workers())
        if (worker.pid > 0)
            pids.push_back(worker.pid);
    QVERIFY(!pids.empty());
    QElapsedTimer t;
    t.start();
    switch (Ending(ending)) {
    case Ending::Reset:
        panel->reset();
        break;
    case Ending::Switch:
        QVERIFY(w.setLesson(QStringLiteral("threads")));
        break;
    case Ending::Quit:
        w.close();
        break;
    }
    const qint64 ms = t.elapsed();
    std::vector<qint64> left;
    for (qint64 pid : pids)
        if (alive(pid))
            left.push_back(pid);
    qInfo("%s: %zu children gone %lld ms after the call", qPrintable(lesson),
          pids.size() - left.size(), ms);
    QVERIFY2(left.empty(), qPrintable(left.empty() ? QString() : QString::number(left.front())));
    QVERIFY2(ms < 1000, qPrintable(QString::number(ms)));
    w.shutdownAll();
}

/// One screenshot setting.
struct Shot
{
    QString lang;   ///< "en" or "zh_CN"
    QSize size;     ///< the window
    bool projector; ///< projector theme (the 1024×768 screens) or light
    int zoom;       ///< percent
    QString stem;   ///< "DIR/LESSON-LANG-WxH[-zoomZ]": add "-mid.png" and the like
};

/// For each of en and zh_CN: 1024×768 projector, 1920×1080 light, and 1024×768 projector at
/// 200 % zoom, opens @p lesson in a main window of that size and calls @p shoot (which takes the
/// PNGs); the window's lessons are shut down after each. @p dir is CLASSROOM_SHOTS.
inline void eachShot(const QString &dir, const QString &lesson,
                     const std::function<void(app::MainWindow &, const Shot &)> &shoot)
{
    app::LanguageManager languages;
    struct Screen
    {
        QSize size;
        bool projector;
        int zoom;
    };
    for (const char *lang : {"en", "zh_CN"}) {
        for (const Screen &s :
             {Screen{QSize(1024, 768), true, 100}, Screen{QSize(1920, 1080), false, 100},
              Screen{QSize(1024, 768), true, 200}}) {
            app::ViewController::applyToApplication(s.projector ? widgets::Theme::Kind::Projector
                                                                : widgets::Theme::Kind::Light,
                                                    s.zoom);
            QVERIFY(languages.setLanguage(QLatin1String(lang)));
            Shot shot{QLatin1String(lang), s.size, s.projector, s.zoom, {}};
            shot.stem = QStringLiteral("%1/%2-%3-%4x%5")
                            .arg(dir, lesson, shot.lang)
                            .arg(s.size.width())
                            .arg(s.size.height());
            if (s.zoom != 100)
                shot.stem += QStringLiteral("-zoom%1").arg(s.zoom);
            app::MainWindow w;
            w.resize(s.size);
            QVERIFY(w.setLesson(lesson));
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            shoot(w, shot);
            w.shutdownAll();
            if (QTest::currentTestFailed())
                return;
        }
    }
    app::ViewController::applyToApplication(widgets::Theme::Kind::Light, 100);
}

/// Checks that @p texts, drawn by @p view, fit on a projector screen of @p shot (on the others
/// they are only looked at): none cut off, elided or overlapping, none smaller than 18 px.
inline void checkTextsFit(const Shot &shot, QWidget *view, const QList<widgets::DrawnText> &texts)
{
    if (!shot.projector)
        return;
    const QString problems = textcheck::problems(texts, view, 18.0);
    QVERIFY2(problems.isEmpty(), qPrintable(shot.stem + QLatin1Char(' ') + problems));
}

} // namespace testing
