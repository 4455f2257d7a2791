#pragma once

#include "multitasking/taskwork.h"
#include "stage/stageinfo.h"
#include "stage/trace.h"

#include <QFuture>
#include <QThreadPool>
#include <atomic>
#include <condition_variable>
#include <mutex>

namespace multitasking {

/// Async mode (异步): A 唱歌 and B 跳舞 each started with QtConcurrent::run, so the caller (the
/// window) goes on at once and learns the end through a QFutureWatcher on future(). Each task
/// records its chunks as Step events in trace() exactly like the stage modes, and checks the
/// stop flag at every chunk, so stop() returns as soon as each task reaches its next chunk.
/// Qt Concurrent is not TSan-instrumented: this class stays out of the TSan build.
class AsyncTasks
{
public:
    /// Prepares the two tasks for @p options; nothing runs until start().
    explicit AsyncTasks(const TasksOptions &options);
    /// Stops both tasks and waits for them.
    ~AsyncTasks();
    AsyncTasks(const AsyncTasks &) = delete;
    AsyncTasks &operator=(const AsyncTasks &) = delete;

    /// Starts both tasks on the pool and returns at once.
    void start();
    /// Asks both tasks to stop at their next chunk and waits until they have.
    void stop();
    /// Waits for both tasks (headless runs). Blocks.
    void wait();
    /// True once both tasks are done (finished or stopped).
    bool isFinished() const;
    /// The future of task @p task (0 = A, 1 = B), for a QFutureWatcher.
    QFuture<void> future(int task) const { return m_futures[task == 1 ? 1 : 0]; }
    /// The workers (A, B) and steps, for a Scene.
    stage::StageInfo info() const;
    /// Takes the events recorded since the last drain.
    std::vector<stage::Event> drain() { return m_trace.drain(); }
    /// The result, once finished, with the chunks drained so far.
    TasksResult result(const std::vector<Chunk> &chunks) const;

private:
    void runTask(int task);
    void record(stage::EventKind kind, int worker, std::int64_t steps = 0, int step = -1,
                const stage::Value *values = nullptr, int count = 0);
    bool waitIo(std::chrono::milliseconds duration);

    TasksOptions m_options;
    stage::Trace m_trace;
    QThreadPool m_pool;
    QFuture<void> m_futures[2];
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_running{0};
    std::mutex m_mutex;
    std::condition_variable m_cv;
    std::atomic<std::int64_t> m_t0Ns{0};
    std::atomic<std::int64_t> m_t1Ns{0};
};

/// Runs A and B in async mode headless and waits.
TasksResult runAsyncTasks(const TasksOptions &options);
/// Runs A and B in any mode headless (the `--run tasks` command) and waits.
TasksResult runTasks(const TasksOptions &options);

} // namespace multitasking
