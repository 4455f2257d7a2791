#include "flowlayout.h"

#include <QStyle>
#include <QWidget>

namespace widgets {

FlowLayout::FlowLayout(QWidget *parent, int spacing) : QLayout(parent), m_spacing(spacing) {}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}

bool FlowLayout::hasHeightForWidth() const
{
    return false;
}

int FlowLayout::heightForWidth(int width) const
{
    return doLayout(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    // As narrow as the widest single item: everything else wraps.
    QSize size;
    for (const QLayoutItem *item : m_items)
        size = size.expandedTo(item->minimumSize());
    const QMargins m = contentsMargins();
    size += QSize(m.left() + m.right(), m.top() + m.bottom());
    // Tall enough for the rows the current width needs (one row before the first layout).
    const int rows = heightForWidth(m_width > 0 ? m_width : oneRow().width());
    return {size.width(), std::max(size.height(), rows)};
}

QSize FlowLayout::sizeHint() const
{
    const QSize row = oneRow();
    return {row.width(), std::max(row.height(), minimumSize().height())};
}

QSize FlowLayout::oneRow() const
{
    QSize size;
    for (const QLayoutItem *item : m_items)
        size = QSize(size.width() + item->sizeHint().width() + gap(),
                     std::max(size.height(), item->sizeHint().height()));
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    doLayout(rect, true);
    if (rect.width() == m_width)
        return;
    const int before = minimumSize().height();
    m_width = rect.width();
    if (minimumSize().height() != before) {
        // The rows changed: let the parents lay out again with the new minimum height, after
        // this layout pass rather than inside it.
        QMetaObject::invokeMethod(
            this, [this] { invalidate(); }, Qt::QueuedConnection);
    }
}

int FlowLayout::gap() const
{
    if (m_spacing >= 0)
        return m_spacing;
    const QWidget *w = parentWidget();
    return w ? w->style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing, nullptr, w) : 6;
}

int FlowLayout::doLayout(const QRect &rect, bool apply) const
{
    const QRect r = rect.marginsRemoved(contentsMargins());
    int x = r.x();
    int y = r.y();
    int rowHeight = 0;
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize hint = item->sizeHint();
        if (x + hint.width() > r.right() + 1 && rowHeight > 0) {
            x = r.x();
            y += rowHeight + gap();
            rowHeight = 0;
        }
        if (apply)
            item->setGeometry(
                QRect(QPoint(x, y), QSize(std::min(hint.width(), r.width()), hint.height())));
        x += hint.width() + gap();
        rowHeight = std::max(rowHeight, hint.height());
    }
    return y + rowHeight - rect.y() + contentsMargins().bottom();
}

} // namespace widgets
