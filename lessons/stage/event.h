#pragma once

#include <array>
#include <cstdint>

namespace stage {

/// What happened at one moment of a run; the Scene is a fold of these.
enum class EventKind : std::uint8_t {
    RunStarted,     ///< the stage started its workers
    WorkerStarted,  ///< a worker's thread (or process) began running its body
    Step,           ///< a worker reached a checkpoint (a visible step of the demo)
    WorkerFinished, ///< a worker's body returned
    WorkerStopped,  ///< a worker was unwound by reset / lesson switch / quit
    WorkerKilled,   ///< a worker process was killed (SIGKILL)
    SharedSet,      ///< a shared variable took a new value (object = shared id)
    LockWait,       ///< a worker asked for a held lock and now waits (object = lock id)
    LockAcquired,   ///< a worker now owns the lock (object = lock id)
    LockReleased,   ///< a worker let the lock go (object = lock id)
    Parked,         ///< a worker waits at its checkpoint for a grant (paused / scheduler)
    Grant,          ///< the scheduler (teacher or Step) let a worker take one step
    RunFinished,    ///< every worker is done
};

/// One named integer carried by an event: a local such as `tmp`, or a counter.
/// The name must be a string literal (or otherwise outlive the trace): workers never allocate.
struct Value
{
    const char *name = nullptr; ///< static string, e.g. "tmp"
    std::int64_t value = 0;     ///< the value at the moment of the event
};

/// The record written by a worker at a checkpoint; small and trivially copyable so a worker
/// thread never allocates while recording.
struct Event
{
    static constexpr int MaxValues = 4; ///< how many values an event carries at most

    std::uint64_t seq = 0; ///< position in the trace, from 0
    std::int64_t tNs = 0;  ///< nanoseconds since the run started (steady clock)
    EventKind kind = EventKind::Step;
    int worker = -1;        ///< worker id, or -1 for stage-wide events
    int step = -1;          ///< lesson step id (Step events)
    int object = -1;        ///< shared-variable or lock id, by kind
    std::int64_t count = 0; ///< steps this worker has taken so far (Step), or other payload
    std::array<Value, MaxValues> values{}; ///< named values (locals, counters)
    int valueCount = 0;                    ///< how many entries of values are set

    /// The value named @p name, or @p fallback when the event does not carry it.
    std::int64_t valueOr(const char *name, std::int64_t fallback) const;
};

} // namespace stage
