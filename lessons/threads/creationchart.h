#pragma once

#include "threads/creationcost.h"

#include <QChartView>

class QBarSet;
class QBarSeries;
class QBarCategoryAxis;
class QLogValueAxis;

namespace threads {

/// 多进程和多线程特点, 看图形: the measured time to create and end N threads and N processes
/// as grouped bars per N, on a logarithmic time axis (threads cost tens of microseconds,
/// processes milliseconds), each bar labelled with its value.
class CreationChart : public QChartView
{
    Q_OBJECT
public:
    /// An empty chart.
    explicit CreationChart(QWidget *parent = nullptr);

    /// Shows @p points (one group of bars per N).
    void setPoints(const std::vector<CreationPoint> &points);
    /// The points shown.
    const std::vector<CreationPoint> &points() const { return m_points; }
    /// Re-reads the theme's colours and fonts and the translated texts.
    void retranslate();

protected:
    void changeEvent(QEvent *event) override;
    /// Shows the values on the bars only where the chart is tall enough for them.
    void resizeEvent(QResizeEvent *event) override;

private:
    /// Sets the axes' titles, each broken into lines where it is longer than the plot's side.
    void fitTitles();

    std::vector<CreationPoint> m_points;
    QBarSet *m_threads = nullptr;
    QBarSet *m_processes = nullptr;
    QBarSeries *m_series = nullptr;
    QBarCategoryAxis *m_axisX = nullptr;
    QLogValueAxis *m_axisY = nullptr;
};

} // namespace threads
