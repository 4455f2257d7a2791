#pragma once

#include "event.h"

#include <array>
#include <chrono>
#include <initializer_list>

namespace stage {

/// Thrown out of a checkpoint or a blocking call when the stage stops, so a worker's body
/// unwinds (RAII releases its locks). Worker bodies must let it pass.
struct Stopped
{};

class Worker;

/// Where a worker's checkpoints go: the Stage for a thread or a pool task, the pipe to the
/// parent for a child process. Worker bodies only see Worker, so one body runs in either.
class WorkerHost
{
public:
    virtual ~WorkerHost() = default;
    /// A visible step: record it, then wait as the pacing says; throws Stopped.
    virtual void checkpoint(Worker &w, int step, const Value *values, int count) = 0;
    /// Records an event of @p w (Set, Push, Pop, …) without waiting.
    virtual void note(Worker &w, EventKind kind, ObjectKind objectKind, int object,
                      std::int64_t count, const Value *values, int valueCount) = 0;
    /// Waits @p duration, interruptibly, counted as blocked on a timer; throws Stopped.
    virtual void sleep(Worker &w, std::chrono::microseconds duration, BlockOp op) = 0;
    /// True once the run is stopping.
    virtual bool stopping() const = 0;
};

/// The handle a worker body gets: its identity and its checkpoints.
class Worker
{
public:
    /// This worker's id (0-based, in the order workers were added).
    int id() const { return m_id; }
    /// A visible step: records @p step with @p values, then waits as the pacing mode says.
    /// Throws Stopped when the stage stops.
    void at(int step, std::initializer_list<Value> values = {});
    /// Records that shared variable @p shared now holds @p value (written by this worker).
    void wrote(int shared, std::int64_t value);
    /// Records that object (@p kind, @p object) now holds @p value, e.g. a series point.
    void set(ObjectKind kind, int object, std::int64_t value,
             std::initializer_list<Value> values = {});
    /// Pushes a stack frame for @p function with its @p locals (压栈).
    void push(const char *function, std::initializer_list<Value> locals = {});
    /// Pops this worker's top stack frame.
    void pop();
    /// Waits @p duration (time.sleep, or an I/O wait); the stage counts the worker as blocked
    /// meanwhile and stop() ends the wait at once (throws Stopped).
    void sleep(std::chrono::microseconds duration, BlockOp op = BlockOp::Sleep);
    /// True once the run is stopping: long work between checkpoints should check it.
    bool stopping() const { return m_host->stopping(); }
    /// Values to attach to this worker's WorkerFinished event (e.g. the final loop count).
    void finish(std::initializer_list<Value> values);
    /// Steps this worker has taken.
    std::int64_t steps() const { return m_steps; }
    /// The values given to finish().
    const std::array<Value, Event::MaxValues> &finalValues() const { return m_final; }
    /// How many of finalValues() are set.
    int finalCount() const { return m_finalCount; }

    /// A handle for worker @p id on @p host (the stage, or a child process's pipe).
    Worker(WorkerHost *host, int id) : m_host(host), m_id(id) {}
    Worker(const Worker &) = delete;
    Worker &operator=(const Worker &) = delete;

private:
    friend class Stage;
    friend class ChildRuntime;
    WorkerHost *m_host;
    int m_id;
    std::int64_t m_steps = 0; ///< only this worker's thread touches it
    bool m_sampled = true;    ///< this step is recorded (full speed records only samples)
    std::int64_t m_lastBlockNs = -1'000'000'000; ///< when its last recorded wait began
    bool m_blockSampled = true;                  ///< the current wait is recorded
    std::array<Value, Event::MaxValues> m_final{};
    int m_finalCount = 0;
};

} // namespace stage
