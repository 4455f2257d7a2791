#pragma once

#include "stage/scene.h"
#include "stage/stage.h"
#include "stage/stagemutex.h"

#include <QStringList>
#include <atomic>
#include <cstdint>
#include <memory>

namespace locks {

/// The visible steps of one `n += 1`, in the order a worker meets them.
enum class Step : int {
    Acquire = 0, ///< `if lock.acquire():` (lock on only)
    Read = 1,    ///< `tmp = n`
    Add = 2,     ///< `tmp = tmp + 1`
    Write = 3,   ///< `n = tmp`
    Release = 4, ///< `lock.release()` (lock on only)
};

/// What may happen between the read and the write of an unlocked increment.
enum class Window {
    None,  ///< nothing: lost updates need two CPUs
    Yield, ///< std::this_thread::yield(): lost updates even on one CPU
};

/// The knobs of one race run.
struct RaceOptions
{
    int threads = 2;              ///< workers, 1 … MaxThreads
    std::int64_t iterations = 3;  ///< increments per worker, 1 … MaxIterations
    bool lock = false;            ///< protect the increment with a mutex
    Window window = Window::None; ///< race-window knob
};

/// What a finished run shows the class.
struct RaceResult
{
    std::int64_t expected = 0; ///< threads × iterations
    std::int64_t actual = 0;   ///< the counter at the end
    std::int64_t lost = 0;     ///< expected − actual
    double elapsedMs = 0;      ///< wall time of the run
};

/// The counters a panel shows, folded from the Scene (so a scrubbed or replayed run shows its own).
struct RaceTally
{
    std::int64_t target = 0; ///< threads × iterations
    std::int64_t done = 0;   ///< increments the workers completed so far
    std::int64_t actual = 0; ///< the counter as last recorded
    std::int64_t lost = 0;   ///< done − actual, never below 0
};

/// Most workers a run may have (the command line's cap; the panel offers 1 … 16).
constexpr int MaxThreads = 64;
/// Most increments per worker.
constexpr std::int64_t MaxIterations = 100'000'000;

/// The locks lesson's engine: N real threads each doing K increments of one shared counter, split
/// into read → add → write, with or without a std::mutex. Without the lock the counter is a
/// relaxed std::atomic read and written separately: a real race condition (lost updates) and no
/// data race, so the demo is free of undefined behaviour.
class LocksDemo
{
public:
    /// Sets the stage up for @p options; nothing runs until start().
    explicit LocksDemo(const RaceOptions &options);
    /// Stops and joins the workers.
    ~LocksDemo();

    /// The stage the workers run on (pacing, grants, trace).
    stage::Stage &stage() { return *m_stage; }
    /// The stage, for queries (settled, ready workers, grants).
    const stage::Stage &stage() const { return *m_stage; }
    /// The knobs this run was made with.
    const RaceOptions &options() const { return m_options; }
    /// Starts the workers.
    void start();
    /// The counter now.
    std::int64_t counter() const { return m_counter.load(std::memory_order_relaxed); }
    /// Increments completed so far by all workers.
    std::int64_t completed() const { return m_completed.load(std::memory_order_relaxed); }
    /// The result; meaningful once the stage is finished.
    RaceResult result() const;

    /// The counters as of @p scene, a run made with @p options.
    static RaceTally tally(const stage::Scene &scene, const RaceOptions &options);

    /// Id of the shared counter `n` in the scene.
    static constexpr int CounterId = 0;
    /// Id of the lock in the scene.
    static constexpr int LockId = 0;
    /// Step names by id (match the `@step` markers of the listings).
    static QStringList stepNames();

private:
    void body(stage::Worker &w);

    RaceOptions m_options;
    std::unique_ptr<stage::Stage> m_stage;
    std::unique_ptr<stage::StageMutex> m_mutex;
    std::atomic<std::int64_t> m_counter{0};
    std::atomic<std::int64_t> m_completed{0};
    std::atomic<std::int64_t> m_t0Ns{0};
    std::atomic<std::int64_t> m_t1Ns{0};
};

/// Runs one race headless at full speed and waits for it (the `--run race` command).
RaceResult runRace(const RaceOptions &options);

} // namespace locks
