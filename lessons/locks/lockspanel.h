#pragma once

#include "locks/locksdemo.h"
#include "widgets/stagepanel.h"

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
    /// The panel with default options (2 threads, 3 increments, lock off), not yet running.
    explicit LocksPanel(QWidget *parent = nullptr);

    /// The knobs in force.
    RaceOptions options() const { return m_options; }
    /// Sets the knobs (and starts the run over).
    void setOptions(const RaceOptions &options);
    /// The running demo, or nullptr after shutdown().
    const LocksDemo *demo() const { return driver().engine<LocksDemo>(); }

protected:
    /// Retranslates and reloads the listings on a language switch.
    void changeEvent(QEvent *event) override;

private:
    void showFrame();
    void announceResult();
    void loadListings();
    void retranslate();

    RaceOptions m_options;
    LocksDemoPage *m_page = nullptr;
};

} // namespace locks
