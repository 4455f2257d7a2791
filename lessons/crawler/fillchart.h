#pragma once

#include "stage/scene.h"

#include <QChartView>

class QLineSeries;
class QValueAxis;

namespace crawler {

/// The queue's fill over time (Qt Charts): items in the queue against seconds since the run
/// started, with its maxsize as a dashed line. A full queue means the consumers are the slow
/// side; an empty one, the producers.
class FillChart : public QChartView
{
    Q_OBJECT
public:
    /// An empty chart.
    explicit FillChart(QWidget *parent = nullptr);

    /// Shows series @p series of @p scene against the queue's @p capacity (0 = unbounded).
    void setScene(const stage::Scene &scene, int series, int capacity);
    /// Forgets the points (a new run).
    void clear();
    /// Points drawn now.
    int pointCount() const;
    /// Re-reads the theme's colours and fonts and the translated texts.
    void retranslate();

protected:
    void changeEvent(QEvent *event) override;

private:
    QLineSeries *m_fill = nullptr;
    QLineSeries *m_capacity = nullptr;
    QValueAxis *m_axisX = nullptr;
    QValueAxis *m_axisY = nullptr;
    std::size_t m_shown = 0;   ///< points of the series shown
    std::int64_t m_lastT = -1; ///< time of the last point shown
};

} // namespace crawler
