#include "textpainter.h"

#include "theme.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <algorithm>

namespace widgets {

TextPainter::TextPainter(QPainter *painter, QList<DrawnText> *log) : m_painter(painter), m_log(log)
{}

QFont TextPainter::font(double pointSize, bool bold)
{
    QFont f;
    f.setPointSizeF(std::max(1.0, pointSize));
    f.setBold(bold);
    return f;
}

QFont TextPainter::mono(double pointSize)
{
    QFont f = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    f.setStyleHint(QFont::Monospace);
    f.setPointSizeF(std::max(1.0, pointSize));
    return f;
}

double TextPainter::pixelsPerPoint() const
{
    return m_painter->device()->logicalDpiY() / 72.0;
}

double TextPainter::lineHeight(const QFont &font) const
{
    return QFontMetricsF(font, m_painter->device()).height();
}

double TextPainter::width(const QFont &font, const QString &text) const
{
    return QFontMetricsF(font, m_painter->device()).horizontalAdvance(text);
}

double TextPainter::fitHeight(const QFont &font, double heightPx, double minPt, double maxPt) const
{
    QFont probe = font;
    probe.setPointSizeF(std::max(1.0, maxPt));
    // Line height grows linearly with the point size, so one measurement gives the answer;
    // the CJK fallback is taller than Latin fonts, hence the extra 15 %.
    const double h = lineHeight(probe) * 1.15;
    const double pt = h > 0 ? maxPt * heightPx / h : maxPt;
    return std::clamp(pt, minPt, std::max(minPt, maxPt));
}

double TextPainter::draw(const QRectF &box, const QString &text, const QFont &font,
                         const QColor &color, Qt::Alignment align)
{
    // Smaller (down to the theme's minimum) before cut: a narrow projector still reads it all.
    QFont used = font;
    const double minPt = std::min(font.pointSizeF(), Theme::current().minimumPointSize());
    const double full = width(font, text);
    if (full > box.width() && box.width() > 0 && font.pointSizeF() > minPt)
        used.setPointSizeF(std::max(minPt, font.pointSizeF() * box.width() / full * 0.99));
    const QFontMetricsF fm(used, m_painter->device());
    const QString shown = fm.elidedText(text, Qt::ElideRight, std::max(0.0, box.width()));
    if (m_log)
        m_log->append({box, shown, used, used.pointSizeF() * pixelsPerPoint()});
    if (shown.isEmpty())
        return 0;
    m_painter->setFont(used);
    m_painter->setPen(color);
    m_painter->drawText(box, int(align) | Qt::TextSingleLine, shown);
    return fm.horizontalAdvance(shown);
}

} // namespace widgets
