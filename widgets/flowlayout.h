#pragma once

#include <QLayout>
#include <QList>

namespace widgets {

/// Lays its items out left to right and wraps to a new row when the width runs out (as in Qt's
/// flowlayout example), so a row of knobs fits a 1024×768 projector and a 4K screen alike.
///
/// Unlike Qt's example it does not report height-for-width: that would make a resizable
/// QScrollArea size the whole panel to its *preferred* height and scroll needlessly. Instead the
/// minimum height follows the width the layout was last given.
class FlowLayout : public QLayout
{
public:
    /// An empty flow layout on @p parent with @p spacing pixels between items.
    explicit FlowLayout(QWidget *parent = nullptr, int spacing = -1);
    /// Deletes the layout items (not the widgets, which their parent owns).
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    int doLayout(const QRect &rect, bool apply) const;
    int gap() const;
    QSize oneRow() const;

    QList<QLayoutItem *> m_items;
    int m_spacing;
    int m_width = -1; ///< width of the last setGeometry(), -1 before the first
};

} // namespace widgets
