#pragma once

#include "stage/scene.h"
#include "widgets/textpainter.h"

#include <QWidget>

namespace pool {

/// The pool's task list as the class should see it: how many files wait, are being copied and
/// are done; one row per busy worker with its file, bytes and a progress bar; and every task
/// as a square coloured (and marked) by its state — waiting, with a worker, done, failed.
class TaskBoard : public QWidget, public widgets::DrawsText
{
    Q_OBJECT
public:
    /// An empty board.
    explicit TaskBoard(QWidget *parent = nullptr);

    /// Shows @p scene (nullptr = placeholder).
    void setScene(const stage::Scene *scene);
    /// The size of each task's file, by task id (from the copy's plan).
    void setSizes(std::vector<qint64> sizes) { m_sizes = std::move(sizes); }
    /// Texts of the last paint with their boxes, for overflow checks.
    const QList<widgets::DrawnText> &drawnTexts() const override { return m_drawn; }

    /// Room for the counts, five busy workers and the squares at the base size.
    QSize sizeHint() const override;
    /// Room for the counts, two rows and the squares at the minimum size.
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    const stage::Scene *m_scene = nullptr;
    std::vector<qint64> m_sizes;
    QList<widgets::DrawnText> m_drawn;
};

/// @p bytes as "512 B", "64 KiB", "1.5 MiB".
QString formatBytes(qint64 bytes);

} // namespace pool
