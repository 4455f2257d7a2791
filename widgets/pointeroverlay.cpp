#include "pointeroverlay.h"

#include "theme.h"

#include <QCursor>
#include <QEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QRadialGradient>
#include <algorithm>

namespace widgets {

PointerOverlay::PointerOverlay(QWidget *parent) : QWidget(parent)
{
    Q_ASSERT(parent);
    setAttribute(Qt::WA_TranslucentBackground);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    m_pointerTimer.setInterval(16); // one frame at 60 Hz
    connect(&m_pointerTimer, &QTimer::timeout, this, &PointerOverlay::pollPointer);
    parent->installEventFilter(this);
    followParent();
    setMode(Mode::Off);
}

void PointerOverlay::setMode(Mode mode)
{
    m_mode = mode;
    m_drawing = false;
    setAttribute(Qt::WA_TransparentForMouseEvents, mode != Mode::Pen);
    if (mode == Mode::Pen)
        setCursor(Qt::CrossCursor);
    else
        unsetCursor();
    if (mode == Mode::Spotlight) {
        m_pointerTimer.start();
        pollPointer();
    } else {
        m_pointerTimer.stop();
    }
    setVisible(mode != Mode::Off);
    if (mode != Mode::Off)
        raise();
    update();
}

void PointerOverlay::clear()
{
    m_strokes.clear();
    m_drawing = false;
    update();
}

QColor PointerOverlay::penColor()
{
    return QColor(0xFF, 0x1E, 0xC8);
}

double PointerOverlay::spotlightRadius() const
{
    return std::max(60.0, std::min(width(), height()) * 0.16) * Theme::current().zoom;
}

bool PointerOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parent()) {
        switch (event->type()) {
        case QEvent::Resize:
            followParent();
            break;
        case QEvent::ChildAdded:
            // A panel adding widgets later would otherwise cover the drawing.
            if (m_mode != Mode::Off)
                raise();
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PointerOverlay::followParent()
{
    setGeometry(parentWidget()->rect());
}

void PointerOverlay::pollPointer()
{
    const QPoint p = mapFromGlobal(QCursor::pos());
    if (p != m_pointer) {
        m_pointer = p;
        update();
    }
}

QPointF PointerOverlay::normalized(QPointF pos) const
{
    return {pos.x() / std::max(1, width()), pos.y() / std::max(1, height())};
}

QPointF PointerOverlay::denormalized(QPointF pos) const
{
    return {pos.x() * width(), pos.y() * height()};
}

void PointerOverlay::paintEvent(QPaintEvent *)
{
    const Theme &theme = Theme::current();
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);

    if (m_mode == Mode::Spotlight && rect().contains(m_pointer)) {
        // Soft edge: clear inside the radius, fading to dark just outside it; the gradient pads
        // with its last colour, so one fill darkens the rest of the panel.
        const double r = spotlightRadius();
        QRadialGradient g(m_pointer, r * 1.3);
        g.setColorAt(0.0, Qt::transparent);
        g.setColorAt(0.75, Qt::transparent);
        g.setColorAt(1.0, QColor(0, 0, 0, 150));
        p.fillRect(rect(), g);
    }

    if (m_strokes.isEmpty())
        return;
    // A vivid magenta ink inside a halo of the background's opposite: the theme accents are
    // dark blue (for 7:1 text), which vanishes on dark lanes and washed-out projectors, while
    // this reads on white, black and every worker colour.
    const double width = std::max(3.0, 8.0 * theme.zoom);
    const QColor halo = theme.background.lightnessF() > 0.5 ? Qt::black : Qt::white;
    const QPen outline(halo, width + std::max(2.0, 3.0 * theme.zoom), Qt::SolidLine,
                       Qt::RoundCap, Qt::RoundJoin);
    const QPen ink(penColor(), width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    for (const QPen &pen : {outline, ink}) {
        p.setPen(pen);
        for (const QPolygonF &stroke : m_strokes) {
            QPolygonF points;
            points.reserve(stroke.size());
            for (const QPointF &pt : stroke)
                points.append(denormalized(pt));
            if (points.size() == 1)
                p.drawPoint(points.front());
            else
                p.drawPolyline(points);
        }
    }
}

void PointerOverlay::mousePressEvent(QMouseEvent *event)
{
    if (m_mode != Mode::Pen)
        return QWidget::mousePressEvent(event);
    if (event->button() == Qt::RightButton) {
        clear();
    } else if (event->button() == Qt::LeftButton) {
        m_strokes.append(QPolygonF{normalized(event->position())});
        m_drawing = true;
        update();
    }
    event->accept();
}

void PointerOverlay::mouseMoveEvent(QMouseEvent *event)
{
    if (m_mode != Mode::Pen || !m_drawing || m_strokes.isEmpty())
        return QWidget::mouseMoveEvent(event);
    m_strokes.last().append(normalized(event->position()));
    update();
    event->accept();
}

void PointerOverlay::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_mode != Mode::Pen)
        return QWidget::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton)
        m_drawing = false;
    event->accept();
}

} // namespace widgets
