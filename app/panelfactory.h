#pragma once

#include <QString>
#include <functional>

class QWidget;

namespace widgets {
class LessonPanel;
}

namespace app {

/// Makes the panel of a lesson id: the real panel where the lesson is built, else an honest
/// ComingSoonPanel. The main window calls it lazily, the first time a lesson is shown.
class PanelFactory
{
public:
    /// Signature of a factory, so tests can hand the main window their own.
    using Function = std::function<widgets::LessonPanel *(const QString &id, QWidget *parent)>;

    /// The panel of lesson @p id, owned by @p parent.
    static widgets::LessonPanel *create(const QString &id, QWidget *parent = nullptr);
    /// True if lesson @p id has its live demo (otherwise its page says "coming").
    static bool isBuilt(const QString &id);
};

} // namespace app
