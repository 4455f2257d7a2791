#pragma once

#include "stage/scene.h"
#include "stage/stage.h"

#include <QStringList>
#include <atomic>
#include <memory>

namespace shared {

/// The visible steps of work() and add_one(), in the order a thread meets them.
enum class Step : int {
    Enter = 0,       ///< def work(name, step): count = 0     (push work's frame)
    Call = 1,        ///< count = add_one(count)               (push add_one's frame)
    AddLocal = 2,    ///< y = x + 1                            (a local of add_one)
    Return = 3,      ///< return y                             (pop; count changes in work)
    WriteGlobal = 4, ///< g_num += step                        (the global every thread sees)
    ReadGlobal = 5,  ///< print(name, g_num, count)            (reads the global)
    Leave = 6,       ///< work() returns                       (pop work's frame)
};

/// Most threads the lesson shows side by side.
constexpr int MaxThreads = 4;

/// The knobs of one run.
struct SharedOptions
{
    int threads = 2;            ///< 1 … MaxThreads; thread k adds 10^k to the global
    int rounds = 3;             ///< loop turns in work()
    std::int64_t initial = 100; ///< g_num before the run
};

/// The shared lesson's engine: threads of one process run work() — a global g_num they all
/// write and read, and locals (count, x, y) in frames they push and pop (压栈) — so the Scene's
/// shared variables are the globals every thread sees and each worker's stack holds only its
/// own locals.
class SharedDemo
{
public:
    /// Sets the stage up for @p options; nothing runs until start().
    explicit SharedDemo(const SharedOptions &options);
    /// Stops and joins the workers.
    ~SharedDemo();

    /// The stage the threads run on.
    stage::Stage &stage() { return *m_stage; }
    /// The stage, for queries.
    const stage::Stage &stage() const { return *m_stage; }
    /// The knobs this run was made with.
    const SharedOptions &options() const { return m_options; }
    /// Starts the threads.
    void start();
    /// The global now (for tests; panels read the Scene).
    std::int64_t global() const { return m_global.load(); }

    /// Id of g_num among the stage's shared variables.
    static constexpr int GlobalId = 0;
    /// Step names by id.
    static QStringList stepNames();
    /// What thread @p k adds to g_num each round: 1, 10, 100, 1000.
    static std::int64_t increment(int k);
    /// g_num once every thread finished.
    static std::int64_t expectedFinal(const SharedOptions &options);

private:
    void work(stage::Worker &w, int k);

    SharedOptions m_options;
    std::unique_ptr<stage::Stage> m_stage;
    std::atomic<std::int64_t> m_global;
};

/// Local @p name of the top frame named @p function in @p w's stack, or @p fallback.
std::int64_t frameLocal(const stage::WorkerView &w, const QString &function, const QString &name,
                        std::int64_t fallback = -1);

} // namespace shared
