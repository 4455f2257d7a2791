#pragma once

#include "event.h"
#include "stageinfo.h"
#include "trace.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <initializer_list>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace stage {

/// How checkpoints pace the workers.
enum class Pacing : std::uint8_t {
    Run,       ///< each step waits one beat (the speed slider), then goes on
    Paused,    ///< workers park at their next checkpoint; Step lets the longest-waiting one go
    Scheduler, ///< workers park; the teacher grants one worker one step at a time
    FullSpeed, ///< no waiting; only every Nth step is recorded so millions of steps stay cheap
};

/// Thrown out of a checkpoint when the stage stops, so a worker's body unwinds (RAII releases its
/// locks). Worker bodies must let it pass.
struct Stopped
{};

class Stage;

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
    /// Values to attach to this worker's WorkerFinished event (e.g. the final loop count).
    void finish(std::initializer_list<Value> values);
    /// The stage this worker runs on.
    Stage &stage() { return *m_stage; }

private:
    friend class Stage;
    Stage *m_stage = nullptr;
    int m_id = -1;
    std::int64_t m_steps = 0; ///< only this worker's thread touches it
    std::array<Value, Event::MaxValues> m_final{};
    int m_finalCount = 0;
};

/// Runs a lesson's demo on real threads and paces it: every wait is interruptible, stop() joins
/// all threads promptly, and in scheduler/paused mode grants are applied one at a time once every
/// worker has settled, so a run is deterministic given its grant sequence (undo = replay a prefix).
class Stage
{
public:
    /// The code a worker runs; it calls Worker::at() at each visible step.
    using Body = std::function<void(Worker &)>;

    /// An empty stage in Run pacing with a 500 ms beat.
    Stage();
    /// Stops and joins every worker.
    ~Stage();
    Stage(const Stage &) = delete;
    Stage &operator=(const Stage &) = delete;

    /// Declares a shared variable; returns its id. Before start().
    int addShared(const QString &name, std::int64_t initial = 0);
    /// Declares a lock; returns its id. Before start().
    int addLock(const QString &name);
    /// Names the steps by id (for the Scene and the code listing). Before start().
    void setSteps(const QStringList &names);
    /// Adds a worker running @p body; returns its id. Before start().
    int addWorker(const QString &name, Body body);
    /// Runs @p hook on the last worker's thread once every worker finished normally, before the
    /// RunFinished event (e.g. to record final totals).
    void setOnFinished(std::function<void()> hook);
    /// The description of this run, for the Scene.
    StageInfo info() const;

    /// Starts every worker thread; they begin their bodies together.
    void start();
    /// Interrupts every wait, unwinds every worker and joins every thread. Idempotent.
    void stop();
    /// Joins every worker after a natural finish (headless runs). Blocks.
    void wait();
    /// True after start() until every worker is done.
    bool isRunning() const;
    /// True once every worker is done (finished or stopped).
    bool isFinished() const;

    /// Sets the pacing mode; takes effect at each worker's next checkpoint (or at once for parked
    /// and beat-waiting workers).
    void setPacing(Pacing p);
    /// The current pacing mode.
    Pacing pacing() const;
    /// Sets the beat of Run pacing.
    void setBeat(std::chrono::microseconds beat);
    /// In FullSpeed, record one Step event out of every 2^@p shift per worker.
    void setSampleShift(int shift);

    /// Asks for worker @p worker to take one step. Queued until all workers settle. Returns false
    /// (and queues nothing) when it is certain the worker cannot step (finished, or blocked while
    /// everything is settled).
    bool grant(int worker);
    /// Grants one step to the worker that has waited longest at a checkpoint (the Step button).
    /// Returns false when no worker is waiting.
    bool stepOnce();
    /// Workers parked at a checkpoint and grantable now, in the order they arrived.
    std::vector<int> readyWorkers() const;
    /// True when no grant is pending and no worker is between checkpoints (or the run is over).
    bool isSettled() const;
    /// Every grant applied so far, in order: the recording that replays this run.
    std::vector<int> grants() const;

    /// How many events were recorded so far (drained or not).
    std::uint64_t eventsRecorded() const { return m_trace.total(); }
    /// Takes the events recorded since the last drain.
    std::vector<Event> drain() { return m_trace.drain(); }
    /// Records a stage-level SharedSet (e.g. a final total), from any thread.
    void recordShared(int shared, std::int64_t value, int worker = -1);

    /// Lock bookkeeping for StageMutex: @p worker now waits for @p lock.
    void lockWaiting(int worker, int lock);
    /// Lock bookkeeping for StageMutex: @p worker now owns @p lock.
    void lockAcquired(int worker, int lock);
    /// Lock bookkeeping for StageMutex: @p worker is about to release @p lock.
    void lockReleased(int worker, int lock);

private:
    struct Slot
    {
        QString name;
        Body body;
        Worker handle;
        std::thread thread;
        bool parked = false;  ///< at a checkpoint, waiting (Paused/Scheduler)
        bool granted = false; ///< may leave its checkpoint once
        bool done = false;
        std::uint64_t parkedAt = 0; ///< arrival order, for stepOnce()
        std::atomic<int> blockedOn{-1};
    };

    friend class Worker;
    void checkpoint(Worker &w, int step, std::initializer_list<Value> values);
    void record(EventKind kind, int worker, int step = -1, int object = -1, std::int64_t count = 0,
                const Value *values = nullptr, int valueCount = 0);
    void runWorker(int id);
    bool settledLocked() const;
    void pumpLocked();
    bool fullSpeed() const { return m_pacing.load(std::memory_order_relaxed) == Pacing::FullSpeed; }

    Trace m_trace;
    StageInfo m_info;
    std::vector<std::unique_ptr<Slot>> m_slots;
    std::vector<std::unique_ptr<std::atomic<int>>> m_lockOwner;
    std::function<void()> m_onFinished;

    mutable std::mutex m_mutex;
    std::condition_variable m_cv;
    std::atomic<bool> m_stopping{false};
    std::atomic<Pacing> m_pacing{Pacing::Run};
    std::atomic<std::int64_t> m_beatUs{500000};
    std::atomic<int> m_sampleShift{12};
    bool m_started = false;
    bool m_go = false;
    bool m_joined = false;
    int m_doneCount = 0;
    std::uint64_t m_parkCounter = 0;
    std::deque<int> m_pending;
    std::vector<int> m_applied;
};

/// A std::mutex that tells the stage who holds it and who waits, so the lock can be drawn and the
/// scheduler knows a blocked worker is settled. Use with StageLockGuard.
class StageMutex
{
public:
    /// A mutex known to @p stage as lock @p lockId.
    StageMutex(Stage &stage, int lockId) : m_stage(stage), m_id(lockId) {}
    /// Acquires for @p w, drawing it as waiting while another worker holds the lock.
    void lock(Worker &w);
    /// Releases; @p w must hold it.
    void unlock(Worker &w);

private:
    Stage &m_stage;
    int m_id;
    std::mutex m_mutex;
};

/// RAII owner of a StageMutex: unwinding on stop always releases the lock.
class StageLockGuard
{
public:
    /// Acquires @p m for @p w.
    StageLockGuard(StageMutex &m, Worker &w) : m_m(m), m_w(w) { m_m.lock(m_w); }
    /// Releases unless unlock() already did.
    ~StageLockGuard()
    {
        if (m_owns)
            m_m.unlock(m_w);
    }
    /// Releases now (the visible `lock.release()` step).
    void unlock()
    {
        if (m_owns) {
            m_owns = false;
            m_m.unlock(m_w);
        }
    }
    StageLockGuard(const StageLockGuard &) = delete;
    StageLockGuard &operator=(const StageLockGuard &) = delete;

private:
    StageMutex &m_m;
    Worker &m_w;
    bool m_owns = true;
};

} // namespace stage
