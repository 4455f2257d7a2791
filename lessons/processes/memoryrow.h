#pragma once

#include "stage/scene.h"

#include <QScrollArea>
#include <vector>

class QHBoxLayout;

namespace processes {

class ProcessBox;

/// The processes panel's address spaces: one box per process in one row, the parent's first,
/// each with its own g and local, its PID and its parent's, and a child's kill -9 button.
class MemoryRow : public QScrollArea
{
    Q_OBJECT
public:
    /// The parent's box alone.
    explicit MemoryRow(QWidget *parent = nullptr);

    /// One box for the parent and one per child, for @p children children.
    void setChildren(int children);
    /// Fills the boxes from @p scene: worker 0 is the parent, then the children in order.
    void showScene(const stage::Scene &scene);
    /// The boxes: the parent's first, then one per child.
    const std::vector<ProcessBox *> &boxes() const { return m_boxes; }
    /// Re-measures the row's floor from the boxes' own hints (after their texts or font changed).
    void fit();

signals:
    /// Child @p child's (0-based) kill -9 button was pressed.
    void killRequested(int child);

protected:
    /// Re-measures whether the boxes need their sideways scroll bar as the row resizes.
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *m_row = nullptr;
    QHBoxLayout *m_layout = nullptr;
    std::vector<ProcessBox *> m_boxes;
};

} // namespace processes
