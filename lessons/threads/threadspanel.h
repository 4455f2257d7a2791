#pragma once

#include "threads/creationcost.h"
#include "threads/threadsdemo.h"
#include "widgets/stagepanel.h"

#include <atomic>
#include <thread>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QSplitter;
class QSpinBox;

namespace widgets {
class CodeView;
class PageFocus;
class WorkerLanesView;
} // namespace widgets

namespace threads {

class CreationChart;

/// The threads lesson: a main thread creates named OS threads the notes' two ways and joins
/// them (or not), drawn as lanes inside the box of the one process they belong to, each with
/// its current_thread().name and kernel TID; and the measured cost of creating threads vs
/// processes as a chart.
class ThreadsPanel : public widgets::StagePanel
{
    Q_OBJECT
public:
    /// The panel with two threads, procedural style, join on; not yet running.
    explicit ThreadsPanel(QWidget *parent = nullptr);
    /// Stops the measurement and joins every thread.
    ~ThreadsPanel() override;

    /// The knobs in force.
    ThreadsOptions options() const { return m_options; }
    /// Sets the knobs (and starts the run over).
    void setOptions(const ThreadsOptions &options);
    /// Starts measuring thread vs process creation (N = 1, 10, 100) in the background.
    void measure();
    /// True while a measurement runs.
    bool measuring() const { return m_measurer.joinable() && !m_measured; }
    /// The chart.
    CreationChart *chart() const { return m_chart; }
    /// The lanes.
    widgets::WorkerLanesView *lanes() const { return m_lanes; }
    /// True when the lanes scroll in what the chart leaves them: the run is not live and the
    /// chart is measured or being measured.
    bool lanesFolded() const;
    void shutdown() override;

protected:
    /// Retranslates on a language switch.
    void changeEvent(QEvent *event) override;

private:
    void showFrame();
    void retranslate();
    void stopMeasuring();
    void loadListings();
    void fold();

    ThreadsOptions m_options;
    QLabel *m_countLabel = nullptr;
    QSpinBox *m_count = nullptr;
    QComboBox *m_style = nullptr;
    QCheckBox *m_join = nullptr;
    QPushButton *m_measure = nullptr;
    QGroupBox *m_process = nullptr;
    QLabel *m_psHint = nullptr;
    QScrollArea *m_laneScroll = nullptr;
    QSplitter *m_below = nullptr;
    QWidget *m_costs = nullptr;
    QWidget *m_page = nullptr;
    bool m_folded = false;
    widgets::PageFocus *m_focus = nullptr; ///< the code and the chart, folded and zoomed in
    widgets::WorkerLanesView *m_lanes = nullptr;
    widgets::CodeView *m_code = nullptr;
    CreationChart *m_chart = nullptr;
    std::thread m_measurer;
    std::atomic<bool> m_stopMeasuring{false};
    bool m_measured = true;
};

} // namespace threads
