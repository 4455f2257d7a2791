#pragma once

#include "multitasking/asynctasks.h"
#include "multitasking/multitaskingdemo.h"
#include "widgets/stagepanel.h"

#include <QFutureWatcher>
#include <QTimer>
#include <map>
#include <memory>

class QComboBox;
class QLabel;

namespace widgets {
class CodeView;
class StatsView;
} // namespace widgets

namespace multitasking {

class SliceTimelineView;

/// The multitasking lesson: A 唱歌 and B 跳舞 as real work (counting primes, or waiting like a
/// download) run sync, async (QtConcurrent::run + QFutureWatcher, with a heartbeat showing the
/// window stays responsive), parallel (pinned to two CPUs) or concurrent (pinned to one); the
/// real on-CPU slices per CPU, and the totals of every mode side by side with the punchline.
/// The work is timed for real, so runs always go at full speed.
class MultitaskingPanel : public widgets::StagePanel
{
    Q_OBJECT
public:
    /// The panel in sync mode, CPU-bound, not yet running.
    explicit MultitaskingPanel(QWidget *parent = nullptr);
    /// Cancels async tasks and joins every thread.
    ~MultitaskingPanel() override;

    /// The knobs in force.
    TasksOptions options() const { return m_options; }
    /// Sets the knobs (and sets the run up again).
    void setOptions(const TasksOptions &options);
    /// Elapsed ms of the last finished run of (@p mode, @p kind), or -1.
    double total(Mode mode, Kind kind) const;
    /// The slice timeline.
    SliceTimelineView *timeline() const { return m_timeline; }
    /// Heartbeats counted while the current (or last) run went on.
    int heartbeats() const { return m_beats; }
    /// The async tasks while async mode runs, else nullptr.
    const AsyncTasks *asyncTasks() const { return m_async.get(); }

    void play() override;
    void pause() override;
    void step() override;
    void reset() override;
    void setSpeed(int speed) override;
    bool isPlaying() const override;
    void shutdown() override;

protected:
    /// Retranslates on a language switch.
    void changeEvent(QEvent *event) override;

private:
    void showFrame();
    void showChunks(const std::vector<Chunk> &chunks, std::int64_t nowNs);
    void finishRun(const TasksResult &result);
    void stopAsync();
    void asyncFinished();
    void showTotals();
    void loadListings();
    void retranslate();

    TasksOptions m_options;
    QComboBox *m_mode = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_heart = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_punchline = nullptr;
    SliceTimelineView *m_timeline = nullptr;
    widgets::StatsView *m_totals = nullptr;
    widgets::CodeView *m_code = nullptr;
    QTimer m_heartbeat;
    int m_beats = 0;
    std::map<std::pair<int, int>, double> m_totalsMs;

    std::unique_ptr<AsyncTasks> m_async;
    std::vector<stage::Event> m_asyncEvents;
    QTimer m_asyncFrame;
    QFutureWatcher<void> m_watchA;
    QFutureWatcher<void> m_watchB;
    int m_asyncDone = 0;
};

} // namespace multitasking
