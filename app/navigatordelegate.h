#pragma once

#include <QStyledItemDelegate>

namespace app {

/// Paints one lesson of the navigator: its number and title, and under an unbuilt lesson a
/// "coming" badge, sized from the font so it reads the same at any zoom or theme.
class NavigatorDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    /// Item data role holding the lesson id.
    static constexpr int IdRole = Qt::UserRole;
    /// Item data role holding the badge text (empty for a built lesson).
    static constexpr int BadgeRole = Qt::UserRole + 1;

    using QStyledItemDelegate::QStyledItemDelegate;

    /// Compact ("rail") mode: only the number, the title moves to the tooltip. Narrow
    /// projectors (1024 px) need the width for the demo more than for the titles.
    void setCompact(bool compact) { m_compact = compact; }
    /// Whether only numbers are painted.
    bool isCompact() const { return m_compact; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void paintCompact(QPainter *painter, const QStyleOptionViewItem &option,
                      const QModelIndex &index) const;

    bool m_compact = false;
};

} // namespace app
