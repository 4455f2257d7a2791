#include "themestyle.h"

#include "theme.h"

#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QStyleFactory>
#include <QStyleOption>
#include <cmath>

namespace widgets {

namespace {

/// A transport icon drawn as shapes in the current theme's colours at any size.
class ShapeIconEngine : public QIconEngine
{
public:
    explicit ShapeIconEngine(QStyle::StandardPixmap which) : m_which(which) {}

    void paint(QPainter *p, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const Theme &theme = Theme::current();
        // The icon sits on a button face (the theme's surface): the text colour reads on it.
        const QColor ink = mode == QIcon::Disabled ? theme.mutedText : theme.text;
        p->save();
        p->setRenderHint(QPainter::Antialiasing);
        p->setPen(Qt::NoPen);
        p->setBrush(ink);
        const double s = std::min(rect.width(), rect.height());
        const QRectF box(rect.left() + (rect.width() - s) / 2, rect.top() + (rect.height() - s) / 2,
                         s, s);
        const auto at = [&](double x, double y) {
            return QPointF(box.left() + x * s, box.top() + y * s);
        };
        QPainterPath path;
        switch (m_which) {
        case QStyle::SP_MediaPlay:
            path.moveTo(at(0.22, 0.12));
            path.lineTo(at(0.86, 0.5));
            path.lineTo(at(0.22, 0.88));
            path.closeSubpath();
            p->drawPath(path);
            break;
        case QStyle::SP_MediaPause:
            p->drawRect(QRectF(at(0.2, 0.14), at(0.42, 0.86)));
            p->drawRect(QRectF(at(0.58, 0.14), at(0.8, 0.86)));
            break;
        case QStyle::SP_MediaSkipForward:
            path.moveTo(at(0.14, 0.14));
            path.lineTo(at(0.66, 0.5));
            path.lineTo(at(0.14, 0.86));
            path.closeSubpath();
            p->drawPath(path);
            p->drawRect(QRectF(at(0.68, 0.14), at(0.86, 0.86)));
            break;
        default: { // SP_BrowserReload: an open circle with an arrow head
            p->setBrush(Qt::NoBrush);
            p->setPen(QPen(ink, s * 0.13, Qt::SolidLine, Qt::FlatCap));
            const QRectF ring(at(0.2, 0.2), at(0.8, 0.8));
            p->drawArc(ring, 90 * 16, 290 * 16);
            p->setPen(Qt::NoPen);
            p->setBrush(ink);
            path.moveTo(at(0.5, 0.02));
            path.lineTo(at(0.78, 0.2));
            path.lineTo(at(0.5, 0.38));
            path.closeSubpath();
            p->drawPath(path);
            break;
        }
        }
        p->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pm(size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        paint(&p, QRect(QPoint(0, 0), size), mode, state);
        return pm;
    }

    QIconEngine *clone() const override { return new ShapeIconEngine(m_which); }

private:
    QStyle::StandardPixmap m_which;
};

} // namespace

ThemeStyle::ThemeStyle() : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion"))) {}

void ThemeStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                               QPainter *painter, const QWidget *widget) const
{
    if (element != PE_IndicatorCheckBox && element != PE_IndicatorRadioButton) {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        return;
    }
    // Fusion outlines indicators in the window colour darkened: invisible on a dark window.
    // Here the outline and the mark are the text colour on the base colour: the text's contrast.
    const QPalette &pal = option->palette;
    const bool enabled = option->state & State_Enabled;
    const QColor ink = pal.color(enabled ? QPalette::Active : QPalette::Disabled, QPalette::Text);
    const QColor face = pal.color(enabled ? QPalette::Active : QPalette::Disabled, QPalette::Base);
    const double pen = std::max(1.5, option->rect.height() / 9.0);
    const QRectF r = QRectF(option->rect).adjusted(pen / 2, pen / 2, -pen / 2, -pen / 2);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(ink, pen));
    painter->setBrush(face);
    if (element == PE_IndicatorRadioButton) {
        painter->drawEllipse(r);
        if (option->state & State_On) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(ink);
            painter->drawEllipse(r.center(), r.width() * 0.27, r.height() * 0.27);
        }
    } else {
        painter->drawRoundedRect(r, pen, pen);
        if (option->state & State_On) {
            QPainterPath tick;
            tick.moveTo(r.left() + r.width() * 0.2, r.top() + r.height() * 0.52);
            tick.lineTo(r.left() + r.width() * 0.42, r.top() + r.height() * 0.74);
            tick.lineTo(r.left() + r.width() * 0.8, r.top() + r.height() * 0.28);
            painter->setPen(QPen(ink, pen * 1.4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter->setBrush(Qt::NoBrush);
            painter->drawPath(tick);
        } else if (option->state & State_NoChange) {
            painter->setPen(QPen(ink, pen * 1.4, Qt::SolidLine, Qt::RoundCap));
            painter->drawLine(QPointF(r.left() + r.width() * 0.25, r.center().y()),
                              QPointF(r.right() - r.width() * 0.25, r.center().y()));
        }
    }
    painter->restore();
}

void ThemeStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                                    QPainter *painter, const QWidget *widget) const
{
    const auto *bar = qstyleoption_cast<const QStyleOptionSlider *>(option);
    if (control != CC_ScrollBar || !bar) {
        QProxyStyle::drawComplexControl(control, option, painter, widget);
        return;
    }
    const QPalette &pal = option->palette;
    const bool enabled = option->state & State_Enabled;
    const auto group = enabled ? QPalette::Active : QPalette::Disabled;
    const QColor thumb = pal.color(group, QPalette::PlaceholderText);
    painter->save();
    painter->fillRect(option->rect, pal.color(group, QPalette::Window));
    painter->setPen(pal.color(group, QPalette::Mid));
    painter->drawRect(QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5));
    const QRect slider = subControlRect(control, option, SC_ScrollBarSlider, widget);
    if (enabled && bar->minimum < bar->maximum && slider.isValid()) {
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush((option->state & State_Sunken) &&
                                  (bar->activeSubControls & SC_ScrollBarSlider)
                              ? pal.color(group, QPalette::Text)
                              : thumb);
        const double inset = std::max(2.0, std::min(slider.width(), slider.height()) / 6.0);
        const QRectF r = QRectF(slider).adjusted(inset, inset, -inset, -inset);
        const double radius = std::min(r.width(), r.height()) / 2;
        painter->drawRoundedRect(r, radius, radius);
    }
    // The arrow buttons: the base style's arrows, in the text colour, on the groove.
    const bool vertical = bar->orientation == Qt::Vertical;
    for (const auto [sub, arrow] :
         {std::pair{SC_ScrollBarSubLine, vertical ? PE_IndicatorArrowUp : PE_IndicatorArrowLeft},
          std::pair{SC_ScrollBarAddLine,
                    vertical ? PE_IndicatorArrowDown : PE_IndicatorArrowRight}}) {
        QStyleOption arrowOption = *option;
        arrowOption.rect = subControlRect(control, option, sub, widget);
        if (!arrowOption.rect.isValid())
            continue;
        arrowOption.palette.setColor(QPalette::ButtonText, pal.color(group, QPalette::Text));
        arrowOption.palette.setColor(QPalette::WindowText, pal.color(group, QPalette::Text));
        proxy()->drawPrimitive(arrow, &arrowOption, painter, widget);
    }
    painter->restore();
}

QIcon ThemeStyle::standardIcon(StandardPixmap icon, const QStyleOption *option,
                               const QWidget *widget) const
{
    switch (icon) {
    case SP_MediaPlay:
    case SP_MediaPause:
    case SP_MediaSkipForward:
    case SP_BrowserReload:
        return QIcon(new ShapeIconEngine(icon));
    default:
        return QProxyStyle::standardIcon(icon, option, widget);
    }
}

} // namespace widgets
