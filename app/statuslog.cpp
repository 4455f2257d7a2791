#include "statuslog.h"

#include "languagemanager.h"
#include "mainwindow.h"
#include "viewcontroller.h"
#include "widgets/codeview.h"
#include "widgets/lessonpanel.h"
#include "widgets/stagepanel.h"

#include <QCheckBox>
#include <QLabel>
#include <QSpinBox>
#include <QStatusBar>

namespace app {

namespace {

/// Tabs and newlines would split a field or a line of the log.
QString flat(QString text)
{
    return text.replace(QLatin1Char('\t'), QLatin1Char(' '))
        .replace(QLatin1Char('\n'), QLatin1Char(' '));
}

} // namespace

StatusLog::StatusLog(MainWindow *window, const LanguageManager *languages, const QString &path)
    : QObject(window), m_window(window), m_languages(languages), m_file(path)
{
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return;
    // Polled, not hooked to each signal: a script waits for a state, whichever way it came, and
    // 20 lines a second at most cost nothing beside the demo.
    connect(&m_timer, &QTimer::timeout, this, &StatusLog::poll);
    m_timer.start(50);
    poll();
}

void StatusLog::watchRuns()
{
    // Panels are made when first shown: each one's driver is hooked the first time it is seen.
    auto *stage = qobject_cast<widgets::StagePanel *>(m_window->currentPanel());
    if (!stage || m_watched.contains(&stage->driver()))
        return;
    m_watched.insert(&stage->driver());
    connect(&stage->driver(), &widgets::RunDriver::finished, this, [this] {
        ++m_finishedRuns;
        poll();
    });
}

QString StatusLog::describe() const
{
    const MainWindow *window = m_window;
    const LanguageManager *languages = m_languages;
    QStringList f;
    f << QStringLiteral("lesson=") + window->currentLessonId();
    f << QStringLiteral("lang=") + (languages ? languages->language() : QString());
    f << QStringLiteral("zoom=%1").arg(window->viewController()->zoom());
    f << QStringLiteral("title=") + flat(window->windowTitle());
    widgets::LessonPanel *panel = window->currentPanel();
    if (panel) {
        f << QStringLiteral("playing=%1").arg(panel->isPlaying() ? 1 : 0);
        f << QStringLiteral("steps=%1").arg(panel->recordedSteps());
        f << QStringLiteral("shown=%1").arg(panel->shownStep());
        f << QStringLiteral("slide=%1").arg(panel->currentSlide());
        if (auto *stage = qobject_cast<widgets::StagePanel *>(panel)) {
            f << QStringLiteral("scheduler=%1").arg(stage->driver().schedulerMode() ? 1 : 0);
            f << QStringLiteral("finished=%1").arg(m_finishedRuns);
        }
        if (auto *code = panel->findChild<widgets::CodeView *>())
            f << QStringLiteral("checkpoints=%1").arg(code->checkpointsShown() ? 1 : 0);
        // The lesson's own controls by their accessible names. They are translated: a script
        // that looks for one by name starts the app with --lang en.
        for (const QCheckBox *c : panel->findChildren<QCheckBox *>())
            if (!c->accessibleName().isEmpty())
                f << QStringLiteral("[%1]=%2")
                         .arg(flat(c->accessibleName()))
                         .arg(c->isChecked() ? 1 : 0);
        for (const QSpinBox *s : panel->findChildren<QSpinBox *>())
            if (!s->accessibleName().isEmpty())
                f << QStringLiteral("[%1]=%2").arg(flat(s->accessibleName())).arg(s->value());
    }
    f << QStringLiteral("status=") + flat(window->statusBar()->currentMessage());
    return f.join(QLatin1Char('\t'));
}

void StatusLog::poll()
{
    watchRuns();
    const QString line = describe();
    if (line == m_last)
        return;
    m_last = line;
    m_file.write(line.toUtf8() + '\n');
    m_file.flush();
}

} // namespace app
