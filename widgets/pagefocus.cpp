#include "pagefocus.h"

#include "widgets/theme.h"

#include <QEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>

namespace widgets {

PageFocus::PageFocus(QWidget *part, QObject *parent) : QObject(parent), m_part(part)
{
    // Moved or resized by its layout after the turn changed: scroll again.
    m_part->installEventFilter(this);
}

bool PageFocus::zoomed()
{
    return Theme::current().zoom > 1.0;
}

QScrollArea *PageFocus::area() const
{
    // Found lazily: the part's page is put into the window after it is built, and moved
    // between windows by tests.
    QScrollArea *found = nullptr;
    for (QWidget *w = m_part->parentWidget(); w && !found; w = w->parentWidget())
        found = qobject_cast<QScrollArea *>(w);
    if (found != m_area) {
        if (m_area) {
            m_area->viewport()->removeEventFilter(const_cast<PageFocus *>(this));
            if (m_area->widget())
                m_area->widget()->removeEventFilter(const_cast<PageFocus *>(this));
        }
        m_area = found;
        if (found) {
            found->viewport()->installEventFilter(const_cast<PageFocus *>(this));
            if (found->widget())
                found->widget()->installEventFilter(const_cast<PageFocus *>(this));
        }
    }
    return found;
}

int PageFocus::room() const
{
    const QScrollArea *a = area();
    return a ? a->viewport()->height() : 0;
}

void PageFocus::setActive(bool active)
{
    m_active = active;
    m_room = room();
    if (!active)
        return;
    scrollToPart();
    scrollLater(); // again once the layouts have taken the part's new height in
}

void PageFocus::scrollLater()
{
    // After the scroll area has handled the same resize: its scroll bar's range follows the
    // page's height there, and a value set before it would be clamped to the old range.
    if (m_pending)
        return;
    m_pending = true;
    QTimer::singleShot(0, this, [this] {
        m_pending = false;
        if (m_active)
            scrollToPart();
    });
}

void PageFocus::scrollToPart()
{
    QScrollArea *a = area();
    if (!a || !a->widget() || !m_part->isVisible())
        return;
    a->verticalScrollBar()->setValue(m_part->mapTo(a->widget(), QPoint()).y());
}

bool PageFocus::eventFilter(QObject *watched, QEvent *event)
{
    const bool geometry = event->type() == QEvent::Resize || event->type() == QEvent::Move ||
                          event->type() == QEvent::Show;
    if (geometry && m_area && watched == m_area->viewport() && room() != m_room) {
        m_room = room();
        emit roomChanged();
    }
    if (geometry && m_active)
        scrollLater();
    return QObject::eventFilter(watched, event);
}

} // namespace widgets
