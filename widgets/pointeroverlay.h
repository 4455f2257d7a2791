#pragma once

#include <QColor>
#include <QList>
#include <QPoint>
#include <QPolygonF>
#include <QTimer>
#include <QWidget>

namespace widgets {

/// A transparent layer over a panel for pointing at things in front of a class: a spotlight
/// that dims everything but the area round the mouse pointer, or a pen to draw on the panel.
/// It covers its parent and follows its size. In Off and Spotlight mode clicks pass through to
/// the panel, so the teacher can still press its buttons.
class PointerOverlay : public QWidget
{
    Q_OBJECT
public:
    /// What the overlay does.
    enum class Mode { Off, Spotlight, Pen };

    /// An overlay (Off) covering @p parent, which must not be null.
    explicit PointerOverlay(QWidget *parent);

    /// Switches mode; leaving Pen keeps the strokes, so the drawing is still there when it returns.
    void setMode(Mode mode);
    /// The current mode.
    Mode mode() const { return m_mode; }
    /// Erases every pen stroke.
    void clear();
    /// How many pen strokes are drawn.
    int strokeCount() const { return int(m_strokes.size()); }
    /// The pen's ink: a bright magenta, drawn inside a black (light themes) or white halo.
    static QColor penColor();
    /// Radius of the spotlight in pixels at the current size and zoom.
    double spotlightRadius() const;

protected:
    /// Keeps the overlay on top of the parent, at its size.
    bool eventFilter(QObject *watched, QEvent *event) override;
    /// Paints the spotlight or the strokes.
    void paintEvent(QPaintEvent *event) override;
    /// Left button starts a stroke, right button erases all strokes (Pen mode).
    void mousePressEvent(QMouseEvent *event) override;
    /// Extends the stroke being drawn.
    void mouseMoveEvent(QMouseEvent *event) override;
    /// Ends the stroke being drawn.
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void followParent();
    void pollPointer();
    QPointF normalized(QPointF pos) const;
    QPointF denormalized(QPointF pos) const;

    Mode m_mode = Mode::Off;
    /// Strokes in coordinates relative to the overlay size (0…1), so they stay on the drawing
    /// when the panel is resized and repaints itself scaled.
    QList<QPolygonF> m_strokes;
    bool m_drawing = false;
    QPoint m_pointer{-1, -1};
    /// The pointer is mostly over the panel's children, which get the mouse events, so the
    /// spotlight follows QCursor::pos() instead.
    QTimer m_pointerTimer;
};

} // namespace widgets
