#include "statsview.h"

#include "textpainter.h"
#include "theme.h"

#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>
#include <cmath>
#include <vector>

namespace widgets {

StatsView::StatsView(QWidget *parent) : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void StatsView::setStats(const QList<Stat> &stats)
{
    // Called every frame: only a new count of cards, or a value needing another width, changes
    // the size hints and the layout.
    const bool resized = stats.size() != m_stats.size();
    m_stats = stats;
    const int least = int(std::ceil(widthFor(Theme::current().minimumPointSize())));
    if (resized || least != m_leastWidth) {
        m_leastWidth = least;
        updateGeometry();
    }
    update();
}

QString StatsView::shownValue(const Stat &s)
{
    // Tone is told by a mark as well as by colour, for colour-blind readers and grey lamps.
    return s.tone == Stat::Tone::Bad    ? QStringLiteral("⚠ ") + s.value
           : s.tone == Stat::Tone::Good ? QStringLiteral("✓ ") + s.value
                                        : s.value;
}

double StatsView::widthFor(double valuePt) const
{
    // cardRectF() in reverse: each card as wide as its label asks at the minimum size, plus an
    // even share of what is left; that share must hold the widest value (at @p valuePt, with
    // its mark) inside the card's pad and its 6 % insets (paintEvent), at the height the
    // fixed vertical policy gives the row.
    const double minPt = Theme::current().minimumPointSize();
    const double pad = minPt * pxPerPt(this) * 0.4;
    const QFontMetricsF label(TextPainter::font(minPt), this);
    const QFontMetricsF value(TextPainter::font(valuePt, true), this);
    const double insets = 0.12 * (heightHint() - 2 * pad);
    double total = pad;
    double share = 0;
    for (const Stat &s : m_stats) {
        const double need = label.horizontalAdvance(s.label) + 3 * pad;
        total += need;
        share = std::max(share, value.horizontalAdvance(shownValue(s)) + pad + insets + 1 - need);
    }
    return total + share * double(m_stats.size());
}

QRectF StatsView::cardRectF(int index) const
{
    const int n = int(m_stats.size());
    if (index < 0 || index >= n)
        return {};
    const double minPt = Theme::current().minimumPointSize();
    const double pad = minPt * pxPerPt(this) * 0.4;
    // Each card as wide as its label asks (at the minimum size), the rest shared evenly: a
    // long label ("Lost updates") then fits without every card growing for it.
    const QFontMetricsF lfm(TextPainter::font(minPt), this);
    std::vector<double> need(std::size_t(n), 0.0);
    double total = 0;
    for (int i = 0; i < n; ++i) {
        need[std::size_t(i)] = lfm.horizontalAdvance(m_stats[i].label) + 3 * pad;
        total += need[std::size_t(i)];
    }
    const double room = width() - pad;
    const double spare = std::max(0.0, room - total) / n;
    const double scale = total > room ? room / total : 1.0;
    double left = pad;
    for (int i = 0; i < index; ++i)
        left += need[std::size_t(i)] * scale + spare;
    const double w = need[std::size_t(index)] * scale + spare;
    return QRectF(left, pad, w - pad, height() - 2 * pad);
}

QRect StatsView::cardRect(int index) const
{
    return cardRectF(index).toRect();
}

int StatsView::heightHint() const
{
    // Label and value rows as the fonts measure, at most 1.5× the base size for the value: the
    // counters support the picture; the shared value a lesson is about stays the largest text.
    const Theme &theme = Theme::current();
    const double rows =
        TextPainter::rowHeight(this, {TextPainter::font(1)}, theme.basePointSize()) +
        TextPainter::rowHeight(this, {TextPainter::font(1, true)},
                               theme.basePointSize() * MaxValueScale);
    return int(rows * 1.25);
}

QSize StatsView::sizeHint() const
{
    const Theme &theme = Theme::current();
    const int width = int(std::ceil(widthFor(theme.basePointSize() * MaxValueScale)));
    return QSize(std::max(width, minimumSizeHint().width()), heightHint());
}

QSize StatsView::minimumSizeHint() const
{
    const double minPt = Theme::current().minimumPointSize();
    const double rows = TextPainter::rowHeight(this, {TextPainter::font(1)}, minPt) +
                        TextPainter::rowHeight(this, {TextPainter::font(1, true)}, minPt);
    // Every label and value at the minimum size, unelided, in its card.
    return QSize(int(std::ceil(widthFor(minPt))), int(rows * 1.25) + 1);
}

void StatsView::paintEvent(QPaintEvent *)
{
    const Theme &theme = Theme::current();
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), theme.background);
    m_drawn.clear();
    TextPainter tp(&p, &m_drawn);
    const double minPt = theme.minimumPointSize();
    for (int i = 0; i < m_stats.size(); ++i) {
        const Stat &s = m_stats[i];
        const QRectF card = cardRectF(i);
        const bool bad = s.tone == Stat::Tone::Bad;
        const bool good = s.tone == Stat::Tone::Good;
        const QColor tone = bad ? theme.lost : good ? theme.ok : theme.text;
        p.setPen(QPen(bad || good ? tone : theme.border, bad ? 3.0 : 1.0));
        p.setBrush(theme.surface);
        p.drawRoundedRect(card.adjusted(1, 1, -1, -1), 8, 8);

        const double pad = card.height() * 0.06;
        const QRectF inner = card.adjusted(pad, pad, -pad, -pad);
        const double labelRow = TextPainter::rowHeight(this, {TextPainter::font(1)}, minPt);
        const QRectF labelBox(inner.left(), inner.top(), inner.width(),
                              std::max(labelRow, inner.height() * 0.4));
        const QRectF valueBox(inner.left(), labelBox.bottom(), inner.width(),
                              inner.height() - labelBox.height());
        const double labelPt =
            tp.fitHeight(TextPainter::font(minPt), labelBox.height(), minPt, theme.basePointSize());
        tp.draw(labelBox, s.label, TextPainter::font(labelPt), theme.mutedText, Qt::AlignCenter);

        const QString text = shownValue(s);
        QFont big =
            TextPainter::font(tp.fitHeight(TextPainter::font(minPt, true), valueBox.height(), minPt,
                                           theme.basePointSize() * MaxValueScale),
                              true);
        const double w = tp.width(big, text);
        if (w > valueBox.width())
            big.setPointSizeF(std::max(minPt, big.pointSizeF() * valueBox.width() / w * 0.98));
        tp.draw(valueBox, text, big, tone, Qt::AlignCenter);
    }
}

} // namespace widgets
