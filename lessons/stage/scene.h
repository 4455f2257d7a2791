#pragma once

#include "event.h"
#include "stageinfo.h"

#include <QString>
#include <QStringList>
#include <cstdint>
#include <vector>

namespace stage {

/// What a worker is doing, as the class should see it. Views show it by colour AND by shape/label.
enum class WorkerState : std::uint8_t {
    NotStarted, ///< created, its thread has not begun
    Running,    ///< executing (or pacing through a step in run mode)
    Ready,      ///< parked at a checkpoint, waiting for a grant (paused / scheduler mode)
    Blocked,    ///< waiting for a lock held by another worker
    Finished,   ///< its body returned
    Stopped,    ///< unwound by reset / switch / quit
    Killed,     ///< its process got SIGKILL
};

/// A named integer as shown (locals of a worker, shared variables).
struct NamedValue
{
    QString name;
    std::int64_t value = 0;
};

/// One stretch of a worker's timeline in a single state.
struct Span
{
    std::int64_t t0Ns = 0;
    std::int64_t t1Ns = -1; ///< -1 while the span is still open
    WorkerState state = WorkerState::Running;
};

/// A lock passing from one worker to another: drawn as an arrow on the timeline.
struct Handoff
{
    std::int64_t tNs = 0;
    int from = -1;
    int to = -1;
    int lock = -1;
};

/// One worker as drawn: lane, code marker, locals, timeline row.
struct WorkerView
{
    QString name;
    WorkerState state = WorkerState::NotStarted;
    int step = -1;                  ///< last step reached, -1 before the first
    std::int64_t steps = 0;         ///< how many steps it has taken
    std::vector<NamedValue> locals; ///< its locals as of its last step, e.g. tmp
    int waitingFor = -1;            ///< lock id while Blocked
    std::vector<Span> spans;        ///< timeline, in time order
};

/// A lock as drawn: who holds it, who queues for it.
struct LockView
{
    QString name;
    int owner = -1;           ///< worker id or -1
    std::vector<int> waiters; ///< worker ids in the order they started waiting
    std::int64_t acquisitions = 0;
};

/// The whole picture of a run at one moment: a pure fold of the events, no threads, no widgets.
/// Scrubbing back is folding a prefix of the trace.
class Scene
{
public:
    /// An empty scene for the run described by @p info.
    explicit Scene(const StageInfo &info = {});

    /// Folds one event into the picture. Events must come in trace order.
    void apply(const Event &e);
    /// Folds every event of @p events in order.
    void apply(const std::vector<Event> &events);

    /// The scene after only the first @p n events of @p events (scrubbing).
    static Scene foldPrefix(const StageInfo &info, const std::vector<Event> &events, std::size_t n);

    /// The description the scene was built from.
    const StageInfo &info() const { return m_info; }
    /// Workers by id.
    const std::vector<WorkerView> &workers() const { return m_workers; }
    /// Shared variables by id, with their current values.
    const std::vector<NamedValue> &shared() const { return m_shared; }
    /// Locks by id.
    const std::vector<LockView> &locks() const { return m_locks; }
    /// Lock hand-offs, in time order.
    const std::vector<Handoff> &handoffs() const { return m_handoffs; }
    /// Time of the last event folded, in ns since the run started.
    std::int64_t nowNs() const { return m_nowNs; }
    /// How many events were folded.
    std::uint64_t eventCount() const { return m_events; }
    /// True once a RunStarted event was folded.
    bool started() const { return m_started; }
    /// True once a RunFinished event was folded.
    bool finished() const { return m_finished; }
    /// Step name for @p step, or an empty string.
    QString stepName(int step) const;

private:
    void setState(int worker, WorkerState s, std::int64_t tNs);
    void removeWaiter(int lock, int worker);

    StageInfo m_info;
    std::vector<WorkerView> m_workers;
    std::vector<NamedValue> m_shared;
    std::vector<LockView> m_locks;
    std::vector<Handoff> m_handoffs;
    std::vector<int> m_lastOwner; ///< per lock, for hand-off arrows
    std::int64_t m_nowNs = 0;
    std::uint64_t m_events = 0;
    bool m_started = false;
    bool m_finished = false;
};

/// A short English key for @p s ("running", "ready", …), for logs and JSON; views translate.
const char *stateKey(WorkerState s);

} // namespace stage
