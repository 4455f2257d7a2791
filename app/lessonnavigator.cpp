#include "lessonnavigator.h"

#include "navigatordelegate.h"
#include "tr.h"

#include <QEvent>
#include <QScrollBar>

namespace app {

LessonNavigator::LessonNavigator(const widgets::LessonRegistry &registry, QWidget *parent)
    : QListWidget(parent), m_registry(registry)
{
    m_delegate = new NavigatorDelegate(this);
    setItemDelegate(m_delegate);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setUniformItemSizes(false);
    // As wide as the longest title, never squeezed into eliding it.
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    // Keys belong to the window's shortcuts (Space, S, R, PgDn/PgUp), not to the list.
    setFocusPolicy(Qt::NoFocus);
    for (const QString &id : m_registry.ids()) {
        auto *item = new QListWidgetItem(this);
        item->setData(NavigatorDelegate::IdRole, id);
    }
    retranslate();
    connect(this, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            emit lessonSelected(lessonIdAt(row));
    });
}

QString LessonNavigator::currentLessonId() const
{
    return lessonIdAt(currentRow());
}

bool LessonNavigator::setCurrentLesson(const QString &id)
{
    const int row = m_registry.indexOf(id);
    if (row < 0)
        return false;
    setCurrentRow(row);
    // No click focus (keys stay the window's shortcuts), but a keyboard user must reach the
    // list: Tab lands on it and Up/Down choose. Only once a row is current: a list focused with
    // none would select its first lesson by itself.
    setFocusPolicy(Qt::TabFocus);
    return true;
}

QString LessonNavigator::lessonIdAt(int row) const
{
    const QListWidgetItem *it = item(row);
    return it ? it->data(NavigatorDelegate::IdRole).toString() : QString();
}

QSize LessonNavigator::sizeHint() const
{
    int height = 0;
    for (int row = 0; row < count(); ++row)
        height += sizeHintForIndex(model()->index(row, 0)).height();
    return {widthFor(isCompact()), height + 2 * frameWidth()};
}

int LessonNavigator::widthFor(bool compact) const
{
    const bool was = m_delegate->isCompact();
    m_delegate->setCompact(compact);
    int width = 0;
    for (int row = 0; row < count(); ++row)
        width = std::max(width, sizeHintForIndex(model()->index(row, 0)).width());
    m_delegate->setCompact(was);
    const int frame = 2 * frameWidth();
    // The rail has no room for a scroll bar; eight numbers fit any window that shows a panel.
    return width + frame + (compact ? 0 : verticalScrollBar()->sizeHint().width());
}

int LessonNavigator::fullWidth() const
{
    return widthFor(false);
}

bool LessonNavigator::isCompact() const
{
    return m_delegate->isCompact();
}

void LessonNavigator::setCompact(bool compact)
{
    if (compact == isCompact())
        return;
    m_delegate->setCompact(compact);
    setVerticalScrollBarPolicy(compact ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
    retranslate();
}

void LessonNavigator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QListWidget::changeEvent(event);
}

void LessonNavigator::retranslate()
{
    setAccessibleName(Tr::tr("Lessons"));
    for (int row = 0; row < count(); ++row) {
        QListWidgetItem *it = item(row);
        const QString id = lessonIdAt(row);
        const widgets::Lesson *lesson = m_registry.find(id);
        const QString title = lesson->translatedTitle();
        const bool built = lesson->hasDemo();
        it->setText(title);
        it->setData(NavigatorDelegate::BadgeRole, built ? QString() : Tr::tr("coming"));
        it->setData(Qt::AccessibleTextRole, built ? title : Tr::tr("%1 (demo coming)").arg(title));
        const QString status = built ? Tr::tr("Live demo") : Tr::tr("The live demo is coming");
        // In the rail the title is not painted: the tooltip carries it.
        it->setToolTip(isCompact() ? Tr::tr("%1. %2 — %3").arg(row + 1).arg(title, status)
                                   : status);
    }
    // Titles change width with the language: let the layout re-ask sizeHint().
    doItemsLayout();
    updateGeometry();
}

} // namespace app
