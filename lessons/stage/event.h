#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace stage {

/// What kind of thing an event is about. Events name an object by (kind, id): the id counts
/// within its kind, in the order the stage declared the objects.
enum class ObjectKind : std::uint8_t {
    None,      ///< the event is about no object
    Shared,    ///< a shared variable (e.g. the counter `n`)
    Lock,      ///< a mutex (StageMutex)
    Queue,     ///< a bounded blocking queue (FIFO or LIFO)
    Condition, ///< a condition variable
    Worker,    ///< another worker (join waits on it)
    Timer,     ///< a sleep or an I/O wait with a deadline
    Process,   ///< a child process (a worker's own, or one it waits on)
    File,      ///< a file being read or written
    Socket,    ///< a network connection
    Series,    ///< a time series (points drawn as a chart)
    Task,      ///< a task waiting for, running on, or done by a pool worker
};

/// What happened at one moment of a run; the Scene is a fold of these.
enum class EventKind : std::uint8_t {
    RunStarted,     ///< the stage started its workers
    WorkerAdded,    ///< a worker joined the run (values: "name" text, "kind")
    WorkerStarted,  ///< a worker's thread (or process) began running its body
    Step,           ///< a worker reached a checkpoint (a visible step of the demo)
    WorkerFinished, ///< a worker's body returned
    WorkerStopped,  ///< a worker was unwound by reset / lesson switch / quit
    WorkerKilled,   ///< a worker process died by a signal (count = signal number)
    Set,            ///< object took the value `count` (values[0] may carry text)
    Block,          ///< worker now waits on object; count = the operation (BlockOp)
    Unblock,        ///< worker's wait on object ended: it got what it waited for
    Acquired,       ///< worker now owns object (a lock)
    Released,       ///< worker let object go
    Put,            ///< an item (values[0]) went into the queue object
    Take,           ///< an item (values[0]) left the queue object
    Push,           ///< worker pushed a stack frame (values[0] = function, then its locals)
    Pop,            ///< worker popped its top stack frame
    Spawned,        ///< worker runs in a process: count = its PID, values[0] = "ppid"
    Exited,         ///< worker's process ended: count = exit code
    Parked,         ///< a worker waits at its checkpoint for a grant (paused / scheduler)
    Grant,          ///< the scheduler (teacher, Step, or the Run beat) let a worker go
    RunFinished,    ///< every worker is done
};

/// What a blocked worker asked of the object it waits on (Block events' count).
enum class BlockOp : std::uint8_t {
    Acquire, ///< lock.acquire()
    Put,     ///< q.put() on a full queue
    Get,     ///< q.get() on an empty queue
    Wait,    ///< condition.wait()
    Join,    ///< t.join() / p.join()
    Sleep,   ///< time.sleep() or an I/O wait
    Io,      ///< a socket or a pipe
};

/// Keeps @p text for the life of the process and returns a pointer to it: event values carry
/// text by pointer so recording never copies strings. The same text always gives the same
/// pointer, so memory grows only with the number of distinct texts. Thread-safe.
const char *intern(std::string_view text);

/// One named value carried by an event: a local such as `tmp`, a counter, or a text (a URL, an
/// item, a file name). The name must outlive the trace: a string literal or intern()'s result.
struct Value
{
    const char *name = nullptr; ///< e.g. "tmp"
    std::int64_t value = 0;     ///< the number (0 when text is set)
    const char *text = nullptr; ///< interned text, or nullptr for a number

    /// A text value; @p text is interned.
    static Value str(const char *name, std::string_view text) { return {name, 0, intern(text)}; }
};

/// The record written by a worker at a checkpoint; small and trivially copyable so a worker
/// thread never allocates while recording.
struct Event
{
    static constexpr int MaxValues = 4; ///< how many values an event carries at most

    std::uint64_t seq = 0; ///< position in the trace, from 0
    std::int64_t tNs = 0;  ///< nanoseconds since the run started (steady clock)
    EventKind kind = EventKind::Step;
    ObjectKind objectKind = ObjectKind::None; ///< what `object` counts
    std::int16_t cpu = -1;                    ///< the CPU the worker ran on, -1 if unknown
    int worker = -1;                          ///< worker id, or -1 for stage-wide events
    int step = -1;                            ///< lesson step id (Step events)
    int object = -1;                          ///< object id within objectKind
    std::int64_t count = 0; ///< steps taken so far (Step), the value (Set), or other payload
    std::array<Value, MaxValues> values{}; ///< named values (locals, counters, texts)
    int valueCount = 0;                    ///< how many entries of values are set

    /// The value named @p name, or @p fallback when the event does not carry it.
    std::int64_t valueOr(const char *name, std::int64_t fallback) const;
    /// The text named @p name, or nullptr.
    const char *textOf(const char *name) const;
};

/// A short English key for @p kind ("lock", "queue", …), for logs, JSON and the child protocol.
const char *objectKindKey(ObjectKind kind);

} // namespace stage
