#pragma once

#include "stage/scene.h"

#include <QColor>
#include <QFont>
#include <QPalette>
#include <QString>

namespace widgets {

/// Colours and type sizes every view paints with. One current theme for the whole app; views
/// read Theme::current() in paintEvent, so switching theme (or zoom) is a repaint.
class Theme
{
public:
    /// The three looks of the app.
    enum class Kind { Light, Dark, Projector };

    /// The theme of @p kind at zoom 1.0.
    static Theme make(Kind kind);
    /// The theme in use.
    static const Theme &current();
    /// Makes @p theme current (the app then repolishes its widgets).
    static void setCurrent(const Theme &theme);
    /// Parses "light" | "dark" | "projector"; returns false for anything else.
    static bool parseKind(const QString &text, Kind *kind);
    /// The command-line name of @p kind.
    static QString kindName(Kind kind);

    Kind kind = Kind::Light; ///< which look
    double zoom = 1.0;       ///< 0.5 … 3.0, scales text and drawings together
    QColor background;       ///< panel background
    QColor surface;          ///< cards, lanes, slots
    QColor text;             ///< main text
    QColor mutedText;        ///< secondary text (still readable: ≥ 7:1 in projector)
    QColor accent;           ///< highlights, current line
    QColor border;           ///< outlines
    QColor lost;             ///< lost updates, errors
    QColor ok;               ///< correct results

    /// Fill colour of a worker in @p state (colour-blind-safe in the projector theme).
    QColor stateColor(stage::WorkerState state) const;
    /// Text colour that reads on stateColor(@p state).
    QColor stateTextColor(stage::WorkerState state) const;
    /// Distinct colour for worker @p index (lanes, timeline rows, code markers).
    QColor workerColor(int index) const;
    /// Text colour that reads on workerColor(@p index) (marker labels).
    QColor workerTextColor(int index) const;
    /// Background band of a code line worker @p index is on; text stays readable on it.
    QColor lineHighlight(int index) const;
    /// Base point size of body text, zoom applied.
    double basePointSize() const;
    /// Views shrink text to fit but never below this size (zoom applied); then they elide.
    double minimumPointSize() const;
    /// A palette for QApplication built from the colours above.
    QPalette palette() const;
};

/// Translated short label of a worker state ("running", "waiting for lock", …).
QString stateLabel(stage::WorkerState state);
/// The label of @p worker's state, naming its wait where the state alone would mislead (a
/// worker blocked in join() is not waiting for a lock).
QString stateLabel(const stage::WorkerView &worker);
/// A one-character glyph that tells the state without colour (▶, ⏸, ⛔, ✓, ■, ✗).
QString stateGlyph(stage::WorkerState state);

} // namespace widgets
