#pragma once

#include "stage/stage.h"
#include "widgets/rundemo.h"

#include <QList>
#include <QString>
#include <functional>
#include <vector>

class QWidget;

namespace widgets {

class LessonPanel;

/// Everything the app knows of one lesson, registered once in the course's registry: the
/// navigator, `--list-lessons`, `--run`, worker mode and the shared tests all read it from here.
/// A lesson without a panel is "coming": the app shows its summary on an honest coming page.
struct Lesson
{
    /// Makes the lesson's panel, owned by @p parent.
    using PanelFactory = std::function<LessonPanel *(QWidget *parent)>;

    /// A body a child process runs in worker mode (`--worker <lesson>.<name> …`).
    struct Worker
    {
        QString name;            ///< unique in the lesson, e.g. "child"
        stage::Stage::Body body; ///< what the child runs
    };

    QString id;                      ///< e.g. "locks": folder, resources, command line
    const char *trContext = nullptr; ///< the lesson's one Tr context, e.g. "Locks"
    const char *title = nullptr;     ///< untranslated title, in trContext
    PanelFactory panel;              ///< empty: the live demo is coming
    QList<RunDemo> demos;            ///< its headless `--run` demos
    std::vector<Worker> workers;     ///< its child-process worker bodies

    /// A lesson whose demo is not built yet: only its id and title (in @p trContext).
    static Lesson coming(const QString &id, const char *trContext, const char *title);

    /// True when the lesson has its live demo (a panel), the one answer to "has a demo?".
    bool hasDemo() const { return bool(panel); }
    /// The title in the current language.
    QString translatedTitle() const;
    /// The Markdown summary of the course notes in @p language (empty = the current one).
    QString summary(const QString &language = {}) const;
    /// @p text (untranslated, from this lesson's sources) in the current language.
    QString translate(const char *text) const;
};

} // namespace widgets
