#pragma once

#include "copyplan.h"
#include "workdir.h"

#include "stage/childruntime.h"
#include "stage/scene.h"
#include "stage/stage.h"

#include <QStringList>
#include <QTemporaryDir>
#include <atomic>
#include <memory>
#include <mutex>

namespace pool {

/// The visible steps, parent first, then a worker's.
enum class Step : int {
    Spawn = 0,   ///< parent: starts one worker process of the pool
    Wait = 1,    ///< parent: waits for any worker to end (pool.join())
    Requeue = 2, ///< parent: a worker died; its task goes back in the queue
    Finish = 3,  ///< parent: every task is done (or the pool stopped)
    Take = 4,    ///< worker: takes the next task from the queue
    Copy = 5,    ///< worker: `content = fp1.read(chunk)` / `fp2.write(content)`
    Verify = 6,  ///< worker: size and XXH3 hash of the copy against the source
    Done = 7,    ///< worker: renamed to its final name; the task is done
};

/// Task states in the Scene (TaskView::state).
enum class TaskState : int { Waiting = 0, Running = 1, Done = 2, Failed = 3 };

/// How the pool's workers run.
enum class Kind { Process, Thread };

/// The knobs of one copy.
struct CopyOptions
{
    QString src;                  ///< empty: a generated folder of 100 files
    QString dst;                  ///< a new folder
    int workers = DefaultWorkers; ///< 1 … MaxWorkers
    Kind kind = Kind::Process;
    qint64 chunk = DefaultChunk; ///< 1 … MaxChunk bytes per read
};

/// What a finished copy shows.
struct CopyResult
{
    int files = 0;           ///< files in the source
    qint64 bytes = 0;        ///< bytes in the source
    int verified = 0;        ///< files copied and verified
    int workers = 0;         ///< pool size
    Kind kind = Kind::Process;
    int replaced = 0;        ///< workers started to replace dead ones
    double elapsedMs = 0;    ///< the whole copy, pool start to last worker reaped
    double startupMs = 0;    ///< until every first worker had taken its first step
    QStringList failures;    ///< "path: reason"
    QStringList copied;      ///< relative paths done, in task order
    QString error;           ///< set when the copy could not start
};

/// The pool lesson's engine (process kind): a parent lane starts N worker processes (this
/// executable in worker mode) that take tasks — one file each — until none is left, copying with
/// the notes' read/write loop. A worker that dies has its task put back and is replaced.
class PoolDemo
{
public:
    /// Plans the copy (see planCopy) and sets the stage up; check error() before start().
    PoolDemo(const CopyPlan &plan, int workers, qint64 chunk, const QString &program = {});
    /// Stops, reaps every worker, removes partial files and the shared folder.
    ~PoolDemo();

    /// Empty, or why the pool cannot start.
    QString error() const { return m_error; }
    /// The stage (pacing, grants, trace, kill).
    stage::Stage &stage() { return *m_stage; }
    /// The shared work folder (task list, claims).
    const WorkDir &work() const { return m_work; }
    /// Starts the parent lane.
    void start();
    /// Sends SIGKILL to the worker process with stage id @p worker (`kill -9 <pid>`).
    bool killWorker(int worker);
    /// Workers started to replace dead ones so far.
    int replaced() const { return m_replaced.load(); }
    /// The result of a finished run, its counters folded from @p scene.
    CopyResult resultOf(const stage::Scene &scene) const;

    /// Worker id of the parent's lane.
    static constexpr int ParentWorker = 0;
    /// Step names by id.
    static QStringList stepNames();

private:
    void parentBody(stage::Worker &w);
    int spawn(stage::Worker &w);

    CopyPlan m_plan;
    int m_workers;
    qint64 m_chunk;
    QString m_program;
    QString m_error;
    QTemporaryDir m_dir;
    WorkDir m_work;
    std::unique_ptr<stage::Stage> m_stage;
    std::mutex m_tokensMutex;
    std::vector<QString> m_tokens; ///< by stage worker id (index 0, the parent, unused)
    std::atomic<int> m_replaced{0};
    int m_spawned = 0; ///< parent lane only
};

/// The bodies a worker process of this lesson runs (`--worker pool.copy WORKDIR CHUNK TOKEN`).
stage::ChildRuntime::Bodies childBodies();

} // namespace pool
