#pragma once

#include <QWidget>

class QTabWidget;

namespace stage {
class Scene;
}

namespace widgets {
class LanesArea;
class CodeView;
class RunDriver;
class LockView;
class SharedView;
class StatsView;
class StepLogView;
class TimelineView;
class WorkerLanesView;
} // namespace widgets

namespace locks {

class LocksControls;
class RunsView;

/// The "Demo" page of the locks lesson: the knobs, and every view of the run arranged so that
/// the threads and the code they are on sit side by side. It only lays out and repaints; the
/// panel owns the run.
class LocksDemoPage : public QWidget
{
    Q_OBJECT
public:
    /// All views, empty until showScene(); the knob row ends with @p driver's scheduler controls.
    explicit LocksDemoPage(widgets::RunDriver *driver, QWidget *parent = nullptr);

    /// Points every view at @p scene (or nothing) and repaints them.
    void showScene(const stage::Scene *scene);

    /// The knob row.
    LocksControls *controls() const { return m_controls; }
    /// One lane per thread.
    widgets::WorkerLanesView *lanes() const { return m_lanes; }
    /// Expected / actual / lost.
    widgets::StatsView *stats() const { return m_stats; }
    /// The lock's owner and waiting line.
    widgets::LockView *lockView() const { return m_lockView; }
    /// The shared counter.
    widgets::SharedView *shared() const { return m_shared; }
    /// Python and C++ listings with a marker per thread.
    widgets::CodeView *code() const { return m_code; }
    /// Who ran when.
    widgets::TimelineView *timeline() const { return m_timeline; }
    /// The run told step by step in words.
    widgets::StepLogView *log() const { return m_log; }

    /// The last runs, to compare.
    RunsView *runs() const { return m_runs; }
    /// Brings the runs table to the front (in place of the log).
    void showRuns();
    /// Brings the step log to the front.
    void showLog();

protected:
    /// Retranslates the tabs and re-measures the timeline's legend.
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    LocksControls *m_controls = nullptr;
    widgets::WorkerLanesView *m_lanes = nullptr;
    widgets::StatsView *m_stats = nullptr;
    widgets::LockView *m_lockView = nullptr;
    widgets::SharedView *m_shared = nullptr;
    widgets::CodeView *m_code = nullptr;
    widgets::TimelineView *m_timeline = nullptr;
    widgets::StepLogView *m_log = nullptr;
    RunsView *m_runs = nullptr;
    QTabWidget *m_story = nullptr;             ///< the log and the runs table, one at a time
    widgets::LanesArea *m_lanesArea = nullptr; ///< the lanes, scrolled when they outgrow the page
};

} // namespace locks
