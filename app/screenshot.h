#pragma once

#include <QSize>
#include <QString>

class QWidget;

namespace app {

/// Renders a window into a PNG once the widget that matters has laid out and painted.
class Screenshot
{
public:
    /// Shows @p window at @p size, waits (up to a few seconds) until @p content has painted once,
    /// then writes `window->grab()` to @p path atomically. If the window cannot be that small, or
    /// on any other failure, returns false, leaves no file behind and sets @p error.
    static bool capture(QWidget *window, QWidget *content, const QSize &size, const QString &path,
                        QString *error);
};

} // namespace app
