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
    Ready,      ///< parked at a checkpoint, waiting for its turn or a grant
    Blocked,    ///< waiting on an object (a lock, a queue, a condition, a join, a timer)
    Finished,   ///< its body returned
    Stopped,    ///< unwound by reset / switch / quit
    Killed,     ///< its process died by a signal
};

/// A named value as shown (locals of a worker, shared variables): a number or a text.
struct NamedValue
{
    QString name;
    std::int64_t value = 0;
    QString text;        ///< set for text values
    bool isText = false; ///< true when text is the value

    /// Field by field (a scrubbed frame against the one seen live).
    bool operator==(const NamedValue &) const = default;
};

/// One stretch of a worker's timeline in a single state.
struct Span
{
    std::int64_t t0Ns = 0;
    std::int64_t t1Ns = -1; ///< -1 while the span is still open
    WorkerState state = WorkerState::Running;

    /// Field by field (a scrubbed frame against the one seen live).
    bool operator==(const Span &) const = default;
};

/// The stretch of a worker's timeline from reaching one checkpoint to reaching the next: the
/// step it was at (waiting to take it, then taking it). At full speed only every Nth step is
/// recorded, so the end of a phase is known only when the next recorded step is the very next.
struct Phase
{
    std::int64_t t0Ns = 0;
    std::int64_t t1Ns = -1; ///< -1 while the worker is still at this step
    int step = -1;
    std::int64_t count = 0;  ///< the worker's step count when it got here
    bool startKnown = false; ///< the step before this one was recorded too (none was skipped)
    bool endKnown = false;   ///< t1Ns is when the worker left this step (none skipped after)

    /// Field by field (a scrubbed frame against the one seen live).
    bool operator==(const Phase &) const = default;
};

/// A lock passing from one worker to another: drawn as an arrow on the timeline.
struct Handoff
{
    std::int64_t tNs = 0;
    int from = -1;
    int to = -1;
    int lock = -1;

    /// Field by field (a scrubbed frame against the one seen live).
    bool operator==(const Handoff &) const = default;
};

/// One frame of a worker's stack: a function and its locals (压栈).
struct Frame
{
    QString function;
    std::vector<NamedValue> locals;

    /// Field by field (a scrubbed frame against the one seen live).
    bool operator==(const Frame &) const = default;
};

/// One worker as drawn: lane, code marker, locals, stack, process, timeline row.
struct WorkerView
{
    QString name;
    WorkerState state = WorkerState::NotStarted;
    int step = -1;                             ///< last step reached, -1 before the first
    std::int64_t steps = 0;                    ///< how many steps it has taken
    std::vector<NamedValue> locals;            ///< its locals as of its last step, e.g. tmp
    ObjectKind blockedKind = ObjectKind::None; ///< what it waits on while Blocked
    int waitingFor = -1;                       ///< that object's id while Blocked
    BlockOp blockOp = BlockOp::Sleep;          ///< what it asked of it
    int cpu = -1;                              ///< CPU of its last recorded step
    qint64 pid = 0;                            ///< its process id when it is a child process
    qint64 ppid = 0;                           ///< its parent's process id
    QString program;                           ///< the executable the child runs
    int exitCode = -1;                         ///< its process's exit code, once exited
    int signal = 0;                            ///< the signal that killed it (Killed)
    std::vector<Frame> stack;                  ///< bottom first
    std::vector<Span> spans;                   ///< timeline, in time order
    std::vector<Phase> phases;                 ///< steps it was at, in time order

    /// Field by field (a scrubbed frame against the one seen live).
    bool operator==(const WorkerView &) const = default;
};

/// A lock as drawn: who holds it, who queues for it.
struct LockView
{
    QString name;
    int owner = -1;           ///< worker id or -1
    std::vector<int> waiters; ///< worker ids in the order they started waiting
    std::int64_t acquisitions = 0;

    /// Field by field (a scrubbed frame against the one seen live).
    bool operator==(const LockView &) const = default;
};

/// A queue as drawn: its items in order and the workers waiting at it.
struct QueueView
{
    QString name;
    int capacity = 0;         ///< 0 = unbounded
    bool lifo = false;        ///< a stack: items leave from the back
    QStringList items;        ///< front (next out of a FIFO) first
    std::vector<int> putters; ///< waiting in put() on a full queue
    std::vector<int> getters; ///< waiting in get() on an empty queue
    std::int64_t puts = 0;
    std::int64_t takes = 0;

    /// Field by field (a scrubbed frame against the one seen live).
    bool operator==(const QueueView &) const = default;
};

/// A condition variable as drawn: who waits on it.
struct ConditionView
{
    QString name;
    std::vector<int> waiters;

    /// Field by field (a scrubbed frame against the one seen live).
    bool operator==(const ConditionView &) const = default;
};

/// A time series: points in time order, thinned to a bounded number.
struct SeriesView
{
    QString name;
    std::vector<std::pair<std::int64_t, std::int64_t>> points; ///< (t ns, value)

    /// Field by field (a scrubbed frame against the one seen live).
    bool operator==(const SeriesView &) const = default;
};

/// A task of a pool: its label, state (0 waiting, 1 running, 2 done, 3 failed) and worker.
struct TaskView
{
    QString label;
    int state = 0;
    int worker = -1;

    /// Field by field (a scrubbed frame against the one seen live).
    bool operator==(const TaskView &) const = default;
};

/// The whole picture of a run at one moment: a pure fold of the events, no threads, no widgets.
/// Scrubbing back is folding a prefix of the trace.
class Scene
{
public:
    /// Most points a series keeps; past it every other point is dropped.
    static constexpr std::size_t MaxSeriesPoints = 4096;

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
    /// Workers by id (workers added during the run included).
    const std::vector<WorkerView> &workers() const { return m_workers; }
    /// Shared variables by id, with their current values.
    const std::vector<NamedValue> &shared() const { return m_shared; }
    /// Locks by id.
    const std::vector<LockView> &locks() const { return m_locks; }
    /// Queues by id.
    const std::vector<QueueView> &queues() const { return m_queues; }
    /// Condition variables by id.
    const std::vector<ConditionView> &conditions() const { return m_conditions; }
    /// Time series by id.
    const std::vector<SeriesView> &series() const { return m_series; }
    /// Tasks by id, in the order they were first seen.
    const std::vector<TaskView> &tasks() const { return m_tasks; }
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
    /// Every field equal: the same picture (a prefix fold against the frame seen live).
    bool operator==(const Scene &) const = default;

private:
    void setState(int worker, WorkerState s, std::int64_t tNs);
    void block(const Event &e);
    void enterPhase(WorkerView &w, const Event &e);
    void unblock(int worker);
    WorkerView *worker(int id);

    StageInfo m_info;
    std::vector<WorkerView> m_workers;
    std::vector<NamedValue> m_shared;
    std::vector<LockView> m_locks;
    std::vector<QueueView> m_queues;
    std::vector<ConditionView> m_conditions;
    std::vector<SeriesView> m_series;
    std::vector<TaskView> m_tasks;
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
