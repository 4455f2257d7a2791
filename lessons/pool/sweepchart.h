#pragma once

#include "pool/poolrun.h"

#include <QChartView>
#include <vector>

class QLineSeries;
class QLogValueAxis;

namespace pool {

/// 是不是越多越好? The measured time to copy the folder against the pool size N (1 … 100),
/// for a pool of processes and for a thread pool, with the processes' start-up cost beside it.
class SweepChart : public QChartView
{
    Q_OBJECT
public:
    /// An empty chart.
    explicit SweepChart(QWidget *parent = nullptr);

    /// Shows @p points (any kind, any order).
    void setPoints(const std::vector<SweepPoint> &points);
    /// The points shown.
    const std::vector<SweepPoint> &points() const { return m_points; }
    /// Re-reads the theme's colours and fonts and the translated texts.
    void retranslate();

protected:
    void changeEvent(QEvent *event) override;

private:
    /// Sets the axes' titles, each broken into lines where it is longer than the plot's side.
    void fitTitles();

    std::vector<SweepPoint> m_points;
    QLineSeries *m_process = nullptr;
    QLineSeries *m_thread = nullptr;
    QLineSeries *m_startup = nullptr;
    QLogValueAxis *m_axisX = nullptr;
    QLogValueAxis *m_axisY = nullptr;
};

} // namespace pool
