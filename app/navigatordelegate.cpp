#include "navigatordelegate.h"

#include <QApplication>
#include <QPainter>

namespace app {

namespace {

// Geometry in units of the font's line height, so nothing is fixed in pixels.
struct Metrics
{
    explicit Metrics(const QFont &font) : fm(font), badgeFont(font)
    {
        badgeFont.setPointSizeF(font.pointSizeF() * 0.85);
        badgeFont.setBold(true);
        pad = fm.height() / 2;
        numberWidth = fm.horizontalAdvance(QStringLiteral("88"));
    }
    QFontMetrics fm;
    QFont badgeFont;
    int pad = 0;
    int numberWidth = 0;
};

} // namespace

void NavigatorDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    opt.text.clear();
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    if (m_compact) {
        paintCompact(painter, opt, index);
        return;
    }
    const Metrics m(opt.font);
    const bool selected = opt.state & QStyle::State_Selected;
    const QColor textColor =
        opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QRect r = opt.rect.adjusted(m.pad, m.pad / 2, -m.pad, -m.pad / 2);

    painter->save();
    painter->setFont(opt.font);
    painter->setPen(textColor);
    const QRect line(r.left(), r.top(), r.width(), m.fm.height());
    painter->drawText(line.adjusted(0, 0, -(r.width() - m.numberWidth), 0),
                      Qt::AlignRight | Qt::AlignVCenter, QString::number(index.row() + 1));
    const QRect titleRect = line.adjusted(m.numberWidth + m.pad, 0, 0, 0);
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      m.fm.elidedText(title, Qt::ElideRight, titleRect.width()));

    const QString badge = index.data(BadgeRole).toString();
    if (!badge.isEmpty()) {
        const QFontMetrics bfm(m.badgeFont);
        const int w = bfm.horizontalAdvance(badge) + bfm.height();
        const QRect pill(titleRect.left(), line.bottom() + m.pad / 2 + 1, w, bfm.height() + 2);
        painter->setFont(m.badgeFont);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(textColor, 1));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(pill).adjusted(0.5, 0.5, -0.5, -0.5), pill.height() / 2.0,
                                 pill.height() / 2.0);
        painter->drawText(pill, Qt::AlignCenter, badge);
    }
    painter->restore();
}

void NavigatorDelegate::paintCompact(QPainter *painter, const QStyleOptionViewItem &opt,
                                     const QModelIndex &index) const
{
    const Metrics m(opt.font);
    const bool selected = opt.state & QStyle::State_Selected;
    const QColor textColor =
        opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    painter->save();
    QFont font = opt.font;
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(textColor);
    const QRect r = opt.rect.adjusted(0, m.pad / 2, 0, -m.pad / 2);
    painter->drawText(r, Qt::AlignCenter, QString::number(index.row() + 1));
    // A lesson still coming is told by a dashed ring, not by colour or by text that would not fit.
    if (!index.data(BadgeRole).toString().isEmpty()) {
        const int d = m.fm.height() + m.pad / 2;
        QRectF ring(0, 0, d, d);
        ring.moveCenter(QRectF(r).center());
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(textColor, 1.5, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(ring);
    }
    painter->restore();
}

QSize NavigatorDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const Metrics m(opt.font);
    if (m_compact)
        return {m.numberWidth + 3 * m.pad, m.fm.height() + 2 * m.pad};
    int width = m.numberWidth + m.pad + m.fm.horizontalAdvance(opt.text);
    int height = m.fm.height();
    const QString badge = index.data(BadgeRole).toString();
    if (!badge.isEmpty()) {
        const QFontMetrics bfm(m.badgeFont);
        width =
            std::max(width, m.numberWidth + m.pad + bfm.horizontalAdvance(badge) + bfm.height());
        height += m.pad / 2 + 1 + bfm.height() + 2;
    }
    return {width + 2 * m.pad, height + m.pad};
}

} // namespace app
