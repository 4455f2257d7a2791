#pragma once

#include <QImage>
#include <QString>

class QWidget;

namespace widgets {
class LessonPanel;
}

namespace app {

/// Saves what the class has seen: the lesson panel as a PNG picture, and the current run as
/// Chrome trace-event JSON (stage::toChromeTraceJson) for Perfetto UI or chrome://tracing.
/// Pure file writing, without dialogs, so the menu actions are only a front and tests can call
/// it with a path. Files are written through QSaveFile: a failed export never leaves half a file.
class Exporter
{
public:
    /// True when @p panel has a run to export (its traceInfo() names at least one worker);
    /// lessons without a live demo have none.
    static bool hasTrace(const widgets::LessonPanel *panel);

    /// What @p panel shows now, at its size (times the device pixel ratio), with @p overlay
    /// (e.g. the pen's strokes, a sibling covering the panel) painted on top when given.
    static QImage panelImage(QWidget *panel, QWidget *overlay = nullptr);

    /// Writes panelImage(@p panel, @p overlay) to @p path as PNG. On failure returns false and
    /// sets @p error (translated, naming the file and the reason) when given.
    static bool savePanelImage(QWidget *panel, const QString &path, QString *error,
                               QWidget *overlay = nullptr);

    /// Writes the run of @p panel (traceInfo(), traceEvents()) to @p path as Chrome trace-event
    /// JSON. Returns false and sets @p error when the panel has no trace or the file cannot be
    /// written.
    static bool saveTrace(const widgets::LessonPanel *panel, const QString &path, QString *error);
};

} // namespace app
