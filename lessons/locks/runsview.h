#pragma once

#include "locks/locksdemo.h"
#include "widgets/textpainter.h"

#include <QWidget>
#include <deque>

namespace locks {

/// One finished run, as the runs table lists it.
struct RunRecord
{
    int number = 0;        ///< 1 for the panel's first run, counting on across knob changes
    RaceOptions options;   ///< threads, increments, lock
    std::int64_t lost = 0; ///< updates lost
    double elapsedMs = 0;  ///< wall time of the run
};

/// The last few runs side by side (threads, increments, lock, lost, ms) so the class can compare
/// them: "which is faster, with the lock or without?". Columns are as wide as their measured
/// text; narrower than the table, each run takes two rows instead. The newest run is at the
/// bottom and in bold; lost updates in the "lost" colour.
class RunsView : public QWidget, public widgets::DrawsText
{
    Q_OBJECT
public:
    /// An empty table.
    explicit RunsView(QWidget *parent = nullptr);

    /// Shows @p runs (oldest first).
    void setRuns(const std::deque<RunRecord> &runs);
    /// Texts of the last paint with their boxes, for overflow checks.
    const QList<widgets::DrawnText> &drawnTexts() const override { return m_drawn; }

    /// Room for the header and a few runs.
    QSize sizeHint() const override;
    /// Room for the header and one run, every column whole.
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    /// Retranslates the headers on a language switch.
    void changeEvent(QEvent *event) override;

private:
    QStringList header() const;
    QList<QStringList> cells() const;
    QList<QStringList> listLines() const;
    QList<double> columnWidths() const;
    double tableWidth() const;
    double rowHeight() const;

    std::deque<RunRecord> m_runs;
    QList<widgets::DrawnText> m_drawn;
};

} // namespace locks
