#pragma once

#include "multitasking/taskwork.h"
#include "widgets/textpainter.h"

#include <QWidget>

namespace multitasking {

/// A stretch of time one task ran on one CPU without a break: consecutive chunks merged.
struct Slice
{
    int task = 0;
    int cpu = -1;
    std::int64_t t0Ns = 0;
    std::int64_t t1Ns = 0;
};

/// Merges @p chunks into on-CPU slices: chunks of one task on one CPU that follow each other
/// within @p gapNs become one slice. Sorted by task, then time.
std::vector<Slice> slicesOf(std::vector<Chunk> chunks, std::int64_t gapNs = 300'000);

/// The real on-CPU slices of tasks A and B: one row per task, each slice coloured (and, for
/// colour-blind eyes, patterned and labelled) by the CPU it ran on, over a time axis. Time
/// slicing on one CPU shows as alternating slices of one colour; parallelism as two colours at
/// the same moment.
class SliceTimelineView : public QWidget, public widgets::DrawsText
{
    Q_OBJECT
public:
    /// An empty view.
    explicit SliceTimelineView(QWidget *parent = nullptr);

    /// Shows @p chunks (recorded so far) on an axis from the first chunk's start to at least
    /// @p nowNs (trace time).
    void setChunks(const std::vector<Chunk> &chunks, std::int64_t nowNs);
    /// The row labels, e.g. "A 唱歌", "B 跳舞".
    void setTaskLabels(const QStringList &labels);
    /// The slices drawn, in ns since the first chunk began.
    const std::vector<Slice> &slices() const { return m_slices; }
    /// Texts of the last paint with their boxes, for overflow checks.
    const QList<widgets::DrawnText> &drawnTexts() const override { return m_drawn; }

    /// Room for two rows, a legend and an axis at the base size.
    QSize sizeHint() const override;
    /// The same at the minimum size.
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    double lineFor(double pt) const;

    std::vector<Slice> m_slices;
    std::vector<int> m_cpus;
    std::int64_t m_endNs = 0;
    QStringList m_labels;
    QList<widgets::DrawnText> m_drawn;
};

} // namespace multitasking
