#include "lessonnavigator.h"

#include "catalog/lessoncatalog.h"
#include "navigatordelegate.h"
#include "tr.h"

#include <QEvent>
#include <QScrollBar>

namespace app {

LessonNavigator::LessonNavigator(std::function<bool(const QString &)> isBuilt, QWidget *parent)
    : QListWidget(parent), m_isBuilt(std::move(isBuilt))
{
    setItemDelegate(new NavigatorDelegate(this));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setUniformItemSizes(false);
    // As wide as the longest title, never squeezed into eliding it.
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    // Keys belong to the window's shortcuts (Space, S, R, PgDn/PgUp), not to the list.
    setFocusPolicy(Qt::NoFocus);
    for (const QString &id : catalog::LessonCatalog::ids()) {
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
    const int row = catalog::LessonCatalog::indexOf(id);
    if (row < 0)
        return false;
    setCurrentRow(row);
    return true;
}

QString LessonNavigator::lessonIdAt(int row) const
{
    const QListWidgetItem *it = item(row);
    return it ? it->data(NavigatorDelegate::IdRole).toString() : QString();
}

QSize LessonNavigator::sizeHint() const
{
    int width = 0;
    int height = 0;
    for (int row = 0; row < count(); ++row) {
        const QSize s = sizeHintForIndex(model()->index(row, 0));
        width = std::max(width, s.width());
        height += s.height();
    }
    const int frame = 2 * frameWidth();
    return {width + frame + verticalScrollBar()->sizeHint().width(), height + frame};
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
        const QString title = catalog::LessonCatalog::title(id);
        const bool built = m_isBuilt && m_isBuilt(id);
        it->setText(title);
        it->setData(NavigatorDelegate::BadgeRole, built ? QString() : Tr::tr("coming"));
        it->setData(Qt::AccessibleTextRole, built ? title : Tr::tr("%1 (demo coming)").arg(title));
        it->setToolTip(built ? Tr::tr("Live demo") : Tr::tr("The live demo is coming"));
    }
    // Titles change width with the language: let the layout re-ask sizeHint().
    doItemsLayout();
    updateGeometry();
}

} // namespace app
