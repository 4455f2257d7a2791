#pragma once

#include "multitasking/taskwork.h"
#include "stage/stage.h"

#include <atomic>
#include <memory>
#include <mutex>

namespace multitasking {

/// The multitasking lesson's engine for the modes that run on stage threads: sync (A then B on
/// one thread), parallel (A and B pinned to two CPUs) and concurrent (both pinned to one CPU, so
/// the kernel time-slices them). Every chunk of work is a checkpoint whose Step event carries
/// the chunk's duration and the CPU it ran on, so the timeline shows real on-CPU slices.
/// Async mode runs on Qt Concurrent instead: see AsyncTasks.
class MultitaskingDemo
{
public:
    /// Sets the stage up for @p options (mode must not be Async); nothing runs until start().
    explicit MultitaskingDemo(const TasksOptions &options);
    /// Stops and joins the workers.
    ~MultitaskingDemo();

    /// The stage the workers run on.
    stage::Stage &stage() { return *m_stage; }
    /// The stage, for queries.
    const stage::Stage &stage() const { return *m_stage; }
    /// The knobs this run was made with.
    const TasksOptions &options() const { return m_options; }
    /// Starts the workers.
    void start();
    /// Why the run could not be done as asked (a refused pin), or an empty string.
    QString error() const;
    /// The result, once finished, with the chunks drained from the stage so far.
    TasksResult result(const std::vector<Chunk> &chunks) const;

private:
    void runTask(stage::Worker &w, int task);
    bool pin(stage::Worker &w, int cpu);

    TasksOptions m_options;
    std::unique_ptr<stage::Stage> m_stage;
    std::vector<int> m_plan;
    mutable std::mutex m_errorMutex;
    QString m_error;
    std::atomic<std::int64_t> m_t0Ns{0};
    std::atomic<std::int64_t> m_t1Ns{0};
};

/// Runs A and B in a stage mode headless at full speed, every chunk recorded, and waits.
TasksResult runStageTasks(const TasksOptions &options);

} // namespace multitasking
