#pragma once

#include "event.h"
#include "stageinfo.h"
#include "startline.h"
#include "trace.h"
#include "worker.h"

#include <QStringList>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

class QThreadPool;

namespace stage {

/// How checkpoints pace the workers.
enum class Pacing : std::uint8_t {
    Run,       ///< one ready worker (a seeded random choice) takes one step per beat
    Paused,    ///< workers park at their next checkpoint; Step lets the longest-waiting one go
    Scheduler, ///< workers park; the teacher grants one worker one step at a time
    FullSpeed, ///< no waiting; only every Nth step is recorded so millions of steps stay cheap
};

/// How a worker runs.
enum class WorkerKind : std::uint8_t {
    Thread,   ///< its own std::thread
    PoolTask, ///< a task on a QThreadPool
    Process,  ///< a child process (ChildRuntime::executable() in worker mode), paced over its pipes
};

/// A child-process worker: the program and its arguments. Empty program =
/// ChildRuntime::executable().
struct ProcessSpec
{
    QString program;       ///< empty: ChildRuntime::executable()
    QStringList arguments; ///< e.g. {"--worker", "processes.child", "3"}
};

/// Runs a lesson's demo on real threads and processes and paces it: every wait is
/// interruptible, stop() joins all threads and reaps all children promptly, and grants are
/// applied one at a time once every worker has settled (parked at a checkpoint or blocked), so a
/// run is deterministic given its grant sequence (undo = replay a prefix) and, in Run pacing,
/// given its seed.
class Stage final : public WorkerHost
{
public:
    /// The code a worker runs; it calls Worker::at() at each visible step.
    using Body = std::function<void(Worker &)>;
    /// Most workers one run may have (threads, tasks and processes together).
    static constexpr int MaxWorkers = 1024;

    /// An empty stage in Run pacing with a 500 ms beat.
    Stage();
    /// Stops, joins every worker and reaps every child.
    ~Stage() override;
    Stage(const Stage &) = delete;
    Stage &operator=(const Stage &) = delete;

    /// Declares a shared variable; returns its id. Before start().
    int addShared(const QString &name, std::int64_t initial = 0);
    /// Declares a lock; returns its id. Before start().
    int addLock(const QString &name);
    /// Declares a queue (@p capacity 0 = unbounded); returns its id. Before start().
    int addQueue(const QString &name, int capacity, bool lifo);
    /// Declares a condition variable; returns its id. Before start().
    int addCondition(const QString &name);
    /// Declares a time series; returns its id. Before start().
    int addSeries(const QString &name);
    /// Names the steps by id (for the Scene and the code listing). Before start().
    void setSteps(const QStringList &names);
    /// Adds a worker on its own thread; before start() or while running. Returns its id, or -1
    /// past MaxWorkers or once stopping.
    int addWorker(const QString &name, Body body);
    /// Adds a worker that runs as a task on @p pool (the global pool if null).
    int addPoolTask(const QString &name, Body body, QThreadPool *pool = nullptr);
    /// Adds a worker that is a child process; its checkpoints cross the pipe to this process.
    int addProcess(const QString &name, const ProcessSpec &spec);
    /// Runs @p hook on the last worker's thread once every worker finished normally, before the
    /// RunFinished event (e.g. to record final totals).
    void setOnFinished(std::function<void()> hook);
    /// The description of this run as declared before start(), for the Scene.
    StageInfo info() const;

    /// Starts every worker; they begin their bodies together.
    void start();
    /// Interrupts every wait, unwinds every worker, joins every thread, reaps every child.
    /// Idempotent.
    void stop();
    /// Joins every worker after a natural finish (headless runs). Blocks.
    void wait();
    /// True after start() until every worker is done.
    bool isRunning() const;
    /// True once every worker is done (finished, stopped or killed).
    bool isFinished() const;
    /// True once stop() was called.
    bool stopping() const override { return m_stopping.load(std::memory_order_acquire); }

    /// Sets the pacing mode; takes effect at each worker's next checkpoint (or at once for parked
    /// workers).
    void setPacing(Pacing p);
    /// The current pacing mode.
    Pacing pacing() const;
    /// Sets the beat of Run pacing.
    void setBeat(std::chrono::microseconds beat);
    /// In FullSpeed, record one Step event out of every 2^@p shift per worker.
    void setSampleShift(int shift);
    /// Runs each worker thread started by start() on its own CPU (worker i on the i-th allowed
    /// CPU, round robin), as a parallel program's threads run on an idle machine. On a loaded
    /// machine the OS otherwise tends to queue short-lived threads on one CPU, where they take
    /// turns instead of overlapping. Before start().
    void setSpreadOverCpus(bool spread) { m_spread = spread; }
    /// Seeds Run pacing's choice of worker; the same seed gives the same order.
    void setSeed(std::uint64_t seed);
    /// The seed Run pacing uses.
    std::uint64_t seed() const;

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
    /// Rounds the workers took at the start line to be running together (1 = none; 0 before).
    int startRounds() const { return m_startLine.rounds(); }

    /// How many events were recorded so far (drained or not).
    std::uint64_t eventsRecorded() const { return m_trace.total(); }
    /// How many events were dropped because nobody drained them in time.
    std::uint64_t eventsDropped() const { return m_trace.dropped(); }
    /// Takes the events recorded since the last drain.
    std::vector<Event> drain() { return m_trace.drain(); }
    /// Records a stage-level Set of shared variable @p shared (e.g. a final total).
    void recordShared(int shared, std::int64_t value, int worker = -1);
    /// Records an event for @p worker (or -1) from any thread.
    void record(EventKind kind, int worker, ObjectKind objectKind = ObjectKind::None,
                int object = -1, std::int64_t count = 0, const Value *values = nullptr,
                int valueCount = 0, int step = -1);

    /// The OS process id of process worker @p worker, or 0 (not started, or not a process).
    qint64 processId(int worker) const;
    /// Sends @p signal to process worker @p worker (the notes' `kill -9 id`). False if it has no
    /// process.
    bool kill(int worker, int signal = 9);
    /// How @p worker runs.
    WorkerKind workerKind(int worker) const;
    /// What @p worker is blocked on now (None while it can run, or when the wait was woken).
    ObjectKind blockedOn(int worker) const;

    // --- the one blocking core: every primitive waits through it --------------------------
    /// Waits on @p cv (with @p lk held on the primitive's own mutex) until @p ready() holds.
    /// While it waits the worker counts as blocked on (@p kind, @p object) — settled, so grants
    /// go on to the others — and stop() ends the wait at once (throws Stopped). Records Block
    /// and Unblock events around a real wait; returns at once if @p ready() already holds.
    template <class Ready>
    void blockOn(Worker &w, ObjectKind kind, int object, BlockOp op,
                 std::unique_lock<std::mutex> &lk, std::condition_variable &cv, Ready ready)
    {
        if (ready())
            return;
        enterBlock(w, kind, object, op);
        while (!ready()) {
            if (stopping()) {
                leaveBlock(w, false);
                throw Stopped{};
            }
            cv.wait(lk);
            awaitTurn(w, lk);
            if (!ready())
                reblock(w);
        }
        leaveBlock(w, true);
    }
    /// Call before notifying the workers blocked on (@p kind, @p object) for @p op (with the
    /// primitive's mutex held): they count as moving until they block again or reach a
    /// checkpoint, so no grant slips in while they wake. Pair with notify_all.
    void wake(ObjectKind kind, int object, BlockOp op);
    /// Like wake(), for worker @p worker alone (a lock handed to its longest waiter). Paced, it
    /// moves only once every other worker has settled, after those handed something before it:
    /// one worker moves at a time, so its events (and the run after them) come in the same order
    /// whenever the same grants are replayed. Pair with notify_all.
    void wakeInTurn(ObjectKind kind, int object, BlockOp op, int worker);
    /// Waits until worker @p other is done (t.join() / p.join()); interruptible.
    void join(Worker &w, int other);
    /// Waits until any worker of @p others is done and returns its id (a pool's manager waiting
    /// for whichever child ends first); -1 if @p others is empty. Interruptible.
    int joinAny(Worker &w, const std::vector<int> &others);
    /// Registers @p hook to run when stop() starts (a primitive notifies its condition variables,
    /// closes its socket, kills its child). Returns a handle for removeStopHook().
    int addStopHook(std::function<void()> hook);
    /// Forgets a stop hook (the primitive is going away).
    void removeStopHook(int handle);

    /// WorkerHost: a checkpoint of @p w (Worker::at() lands here).
    void checkpoint(Worker &w, int step, const Value *values, int count) override;
    /// WorkerHost: records an event of @p w, or skips it at full speed between samples.
    void note(Worker &w, EventKind kind, ObjectKind objectKind, int object, std::int64_t count,
              const Value *values, int valueCount) override;
    /// WorkerHost: an interruptible sleep / I/O wait, counted as blocked on a timer.
    void sleep(Worker &w, std::chrono::microseconds duration, BlockOp op) override;

    /// Samples one step of @p w at full speed? (Primitives use it to keep their events in step
    /// with the checkpoint samples.)
    bool recording(const Worker &w) const;

private:
    struct Slot;

    int addSlot(const QString &name, WorkerKind kind, Body body, QThreadPool *pool,
                const ProcessSpec &spec);
    void launch(Slot &slot);
    void runWorker(Slot &slot);
    void runProcess(Slot &slot); // processworker.cpp: the parent's side of a child's pipes
    void finishWorker(Slot &slot, EventKind how, std::int64_t count);
    void enterBlock(Worker &w, ObjectKind kind, int object, BlockOp op);
    void reblock(Worker &w);
    /// In blockOn, after a wake-up: a worker woken in turn (wakeInTurn) waits here, with @p lk
    /// released, until it is its turn; returns with @p lk held.
    void awaitTurn(Worker &w, std::unique_lock<std::mutex> &lk);
    /// Slot @p s cannot move until somebody else acts (parked, blocked, done).
    bool restingLocked(const Slot &s, std::chrono::steady_clock::time_point now) const;
    /// Worker @p id is first in m_turns and every other worker rests or waits its turn.
    bool turnLocked(int id) const;
    void leaveBlock(Worker &w, bool record);
    bool settledLocked() const;
    /// Waits on m_cv; for a process worker also notices its child dying (throws ChildGone).
    void waitLocked(Slot &s, std::unique_lock<std::mutex> &lock,
                    std::chrono::steady_clock::time_point deadline);
    struct ChildGone
    {};
    void pumpLocked();
    void pacerLoop();
    bool fullSpeed() const { return m_pacing.load(std::memory_order_relaxed) == Pacing::FullSpeed; }
    Slot &slot(const Worker &w) const { return *m_slots[std::size_t(w.id())]; }

    Trace m_trace;
    StageInfo m_info;
    std::array<std::unique_ptr<Slot>, MaxWorkers> m_slots;
    std::atomic<int> m_slotCount{0};
    std::function<void()> m_onFinished;

    mutable std::mutex m_mutex;
    std::condition_variable m_cv;
    std::atomic<bool> m_stopping{false};
    std::atomic<Pacing> m_pacing{Pacing::Run};
    std::atomic<std::int64_t> m_beatUs{500000};
    std::atomic<int> m_sampleShift{12};
    bool m_started = false;
    bool m_go = false;
    int m_startCount = 0;  ///< threads that start together at start()
    StartLine m_startLine; ///< where they wait for each other
    bool m_spread = false; ///< pin them one per CPU (setSpreadOverCpus)
    int m_doneCount = 0;
    std::uint64_t m_parkCounter = 0;
    std::uint64_t m_seed = 1;
    std::uint64_t m_rng = 1;
    std::deque<int> m_pending;
    std::deque<int> m_turns; ///< woken in turn (wakeInTurn), in the order they may move
    std::vector<int> m_applied;
    std::thread m_pacer;

    std::mutex m_hookMutex;
    std::map<int, std::function<void()>> m_hooks;
    int m_nextHook = 0;
};

} // namespace stage
