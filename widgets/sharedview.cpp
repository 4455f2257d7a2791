#include "sharedview.h"

#include "theme.h"
#include "tr.h"

#include <QPainter>
#include <algorithm>
#include <cmath>

namespace widgets {

SharedView::SharedView(QWidget *parent) : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void SharedView::setScene(const stage::Scene *scene)
{
    m_scene = scene;
    // Called every frame: only a new number of rows changes the size hints (and the layout).
    if (count() != m_hintedRows) {
        m_hintedRows = count();
        updateGeometry();
    }
    update();
}

void SharedView::setMark(int index, const QString &text)
{
    if (index == m_markIndex && text == m_markText)
        return;
    m_markIndex = text.isEmpty() ? -1 : index;
    m_markText = text;
    update();
}

int SharedView::count() const
{
    return m_scene ? int(m_scene->shared().size()) : 0;
}

QRectF SharedView::cardRectF(int index) const
{
    const int n = count();
    if (index < 0 || index >= n)
        return {};
    const double minPx = Theme::current().minimumPointSize() * pxPerPt(this);
    const double pad = minPx * 0.4;
    // As many cards per row as keep each at least ~9 characters wide.
    const int perRow = std::clamp(int((width() - pad) / (minPx * 9)), 1, n);
    const int rows = (n + perRow - 1) / perRow;
    const double w = (width() - pad) / perRow;
    const double h = std::min((height() - pad) / rows, minPx * 12);
    return QRectF(pad + (index % perRow) * w, pad + (index / perRow) * h, w - pad, h - pad);
}

QRect SharedView::cardRect(int index) const
{
    return cardRectF(index).toRect();
}

QSize SharedView::sizeHint() const
{
    const double basePx = Theme::current().basePointSize() * pxPerPt(this);
    return QSize(int(basePx * 10 * std::max(1, count())), int(basePx * 5));
}

QSize SharedView::minimumSizeHint() const
{
    const double minPx = Theme::current().minimumPointSize() * pxPerPt(this);
    return QSize(int(minPx * 8.5), int(minPx * 4));
}

void SharedView::paintEvent(QPaintEvent *)
{
    const Theme &theme = Theme::current();
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), theme.background);
    m_drawn.clear();
    TextPainter tp(&p, &m_drawn);
    if (count() == 0) {
        tp.draw(rect(), Tr::tr("No shared variables"), TextPainter::font(theme.basePointSize()),
                theme.mutedText, Qt::AlignCenter);
        return;
    }
    const double minPt = theme.minimumPointSize();
    for (int i = 0; i < count(); ++i) {
        const stage::NamedValue &v = m_scene->shared()[std::size_t(i)];
        const QRectF card = cardRectF(i);
        const bool marked = i == m_markIndex;
        p.setPen(marked ? QPen(theme.lost, 3.0) : QPen(theme.border, 1.0));
        p.setBrush(theme.surface);
        p.drawRoundedRect(card, 8, 8);
        const double pad = card.height() * 0.06;
        const QRectF inner = card.adjusted(pad * 2, pad, -pad * 2, -pad);
        // The caption goes first when the card is short: "n = 41" alone still says it all.
        const double minLine = TextPainter::rowHeight(this, {TextPainter::font(1)}, minPt);
        // Only a caption that fits whole: a cut "shared varia…" says less than none.
        const bool caption =
            inner.height() >= 2.6 * minLine &&
            tp.width(TextPainter::font(minPt), Tr::tr("shared variable")) <= inner.width();
        const QRectF labelBox(inner.left(), inner.top(), inner.width(),
                              caption ? std::max(minLine, inner.height() * 0.3) : 0.0);
        const QRectF valueBox(inner.left(), labelBox.bottom(), inner.width(),
                              inner.height() - labelBox.height());
        if (caption) {
            const double labelPt = tp.fitHeight(TextPainter::font(minPt), labelBox.height(), minPt,
                                                theme.basePointSize() * 1.3);
            if (marked) {
                // The whole sentence, or (on a narrow card) just that an update was lost.
                QString mark = QStringLiteral("✗ ") + m_markText;
                const QFont f = TextPainter::font(labelPt, true);
                if (tp.width(f, mark) > labelBox.width())
                    mark = QStringLiteral("✗ ") + Tr::tr("update lost");
                tp.draw(labelBox, mark, f, theme.lost);
            } else
                tp.draw(labelBox, Tr::tr("shared variable"), TextPainter::font(labelPt),
                        theme.mutedText);
        }

        // The value is the point of the card: as large as the box allows, width included.
        const QString text = QStringLiteral("%1 = %2").arg(v.name).arg(v.value);
        QFont big = TextPainter::mono(tp.fitHeight(TextPainter::mono(minPt), valueBox.height(),
                                                   minPt, theme.basePointSize() * 5));
        big.setBold(true);
        const double w = tp.width(big, text);
        if (w > valueBox.width())
            big.setPointSizeF(std::max(minPt, big.pointSizeF() * valueBox.width() / w * 0.98));
        tp.draw(valueBox, text, big, theme.text, Qt::AlignCenter);
    }
}

} // namespace widgets
