#pragma once

#include "stage.h"

#include <sys/types.h>

namespace stage {

/// One worker as the stage keeps it. Fields below `m_mutex` are guarded by the stage's mutex.
struct Stage::Slot
{
    Slot(WorkerHost *host, int id) : handle(host, id) {}

    QString name;
    WorkerKind kind = WorkerKind::Thread;
    Body body;
    QThreadPool *pool = nullptr;
    ProcessSpec spec;
    Worker handle;
    std::thread thread; ///< the worker's thread, or the thread that talks to its child process
    std::atomic<qint64> pid{0};
    std::atomic<bool> killed{false}; ///< the stage (not the teacher) killed the child on stop

    // Guarded by Stage::m_mutex.
    bool launched = false;
    bool atStart = false; ///< launched by start(): waits at the start line for the others
    bool parked = false;  ///< at a checkpoint, waiting (Run/Paused/Scheduler)
    bool granted = false; ///< may leave its checkpoint once
    bool done = false;    ///< finished, stopped or killed: its events are all recorded
    bool exited = false;  ///< its code no longer touches the stage (pool tasks are waited on)
    std::uint64_t parkedAt = 0;
    ObjectKind blockKind = ObjectKind::None; ///< what it is blocked on, None while it can run
    int blockObject = -1;
    BlockOp blockOp = BlockOp::Sleep;
    std::vector<int> joinTargets; ///< joinAny()'s workers while it waits on them
    bool woken = false; ///< a notifier made it runnable; moving until it blocks again
    std::chrono::steady_clock::time_point deadline{}; ///< for Timer blocks
};

} // namespace stage
