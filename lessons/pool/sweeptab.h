#pragma once

#include "pool/sweeprunner.h"

#include <QWidget>
#include <vector>

class QPushButton;

namespace pool {

class SweepChart;

/// 是不是越多越好? The pool panel's sweep: a button that times the copy for N = 1 … 100 process
/// and thread workers in the background, and the chart the times fill in as they come.
class SweepTab : public QWidget
{
    Q_OBJECT
public:
    /// An empty chart, not sweeping.
    explicit SweepTab(QWidget *parent = nullptr);
    /// Stops the sweep.
    ~SweepTab() override;

    /// Starts timing copies of @p src with reads of @p chunk bytes (the chart starts empty).
    void start(const QString &src, qint64 chunk);
    /// Stops the sweep (joins its thread; the pool it runs is stopped, not waited for).
    void stop();
    /// True while the sweep runs.
    bool sweeping() const { return m_sweeping; }
    /// The chart.
    SweepChart *chart() const { return m_chart; }
    /// The button that starts it (the panel says when it is wanted).
    QPushButton *button() const { return m_sweep; }
    /// Sets the texts in the current language.
    void retranslate();

signals:
    /// A line for the status bar: the sweep started or what it found.
    void statusChanged(const QString &text);
    /// The button was clicked.
    void sweepRequested();

private:
    QPushButton *m_sweep = nullptr;
    SweepChart *m_chart = nullptr;
    SweepRunner m_sweeper;
    std::vector<SweepPoint> m_points;
    bool m_sweeping = false;
};

} // namespace pool
