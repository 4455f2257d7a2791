#pragma once

#include "locks/locksdemo.h"
#include "locks/racelog.h"
#include "locks/runsview.h"
#include "widgets/stagepanel.h"

#include <deque>

namespace locks {

class LocksDemoPage;

/// The locks lesson: N real threads run `n += 1` as read → add → write, with or without a lock.
/// The teacher plays, pauses, steps, or becomes the scheduler and builds a lost update by hand.
/// The kit (StagePanel) plays the runs and frames the pages; this panel shows what is the
/// lesson's own: its knobs, the counter, the lock and the result.
class LocksPanel : public widgets::StagePanel
{
    Q_OBJECT
public:
    /// Finished runs the runs table keeps.
    static constexpr int KeptRuns = 10;

    /// The panel with default options (2 threads, 3 increments, lock off), not yet running.
    explicit LocksPanel(QWidget *parent = nullptr);

    /// The knobs in force.
    RaceOptions options() const { return m_options; }
    /// Sets the knobs (and starts the run over).
    void setOptions(const RaceOptions &options);
    /// The step log as folded so far.
    const RaceLog &log() const { return m_log; }
    /// The last KeptRuns finished runs, oldest first.
    const std::deque<RunRecord> &runs() const { return m_runs; }
    /// The running demo, or nullptr after shutdown().
    const LocksDemo *demo() const { return driver().engine<LocksDemo>(); }

protected:
    /// Retranslates and reloads the listings on a language switch.
    void changeEvent(QEvent *event) override;

private:
    void showFrame();
    void showLog();
    void announceResult();
    void loadListings();
    void retranslate();

    RaceOptions m_options;
    LocksDemoPage *m_page = nullptr;
    RaceLog m_log;
    std::size_t m_logged = 0; ///< events of the run folded into m_log
    int m_logShown = -1;      ///< m_log.total() when the views last showed it
    std::deque<RunRecord> m_runs;
    int m_runCount = 0; ///< runs finished since the panel opened
};

} // namespace locks
