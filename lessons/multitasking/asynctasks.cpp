#include "asynctasks.h"

#include "multitasking/multitaskingdemo.h"

#include <QtConcurrent/QtConcurrentRun>
#include <sched.h>

namespace multitasking {

namespace {

std::int64_t nowNs()
{
    return std::chrono::steady_clock::now().time_since_epoch().count();
}

} // namespace

AsyncTasks::AsyncTasks(const TasksOptions &options) : m_options(options)
{
    m_pool.setMaxThreadCount(2); // A and B each get a pool thread at once
}

AsyncTasks::~AsyncTasks()
{
    stop();
}

stage::StageInfo AsyncTasks::info() const
{
    stage::StageInfo i;
    i.workers = {QStringLiteral("A"), QStringLiteral("B")};
    i.steps = stepNames();
    return i;
}

void AsyncTasks::start()
{
    m_t0Ns.store(nowNs());
    m_running.store(2);
    record(stage::EventKind::RunStarted, -1);
    for (int task = 0; task < 2; ++task)
        m_futures[task] = QtConcurrent::run(&m_pool, [this, task] { runTask(task); });
}

void AsyncTasks::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop.store(true);
    }
    m_cv.notify_all();
    wait();
}

void AsyncTasks::wait()
{
    for (QFuture<void> &f : m_futures)
        f.waitForFinished();
}

bool AsyncTasks::isFinished() const
{
    return m_running.load() == 0;
}

void AsyncTasks::record(stage::EventKind kind, int worker, std::int64_t steps, int step,
                        const stage::Value *values, int count)
{
    stage::Event e;
    e.kind = kind;
    e.worker = worker;
    e.count = steps;
    e.step = step;
    e.valueCount = std::min(count, stage::Event::MaxValues);
    for (int i = 0; i < e.valueCount; ++i)
        e.values[std::size_t(i)] = values[i];
    if (kind == stage::EventKind::Step)
        e.cpu = std::int16_t(sched_getcpu());
    m_trace.append(e);
}

bool AsyncTasks::waitIo(std::chrono::milliseconds duration)
{
    std::unique_lock lock(m_mutex);
    return !m_cv.wait_for(lock, duration, [this] { return m_stop.load(); });
}

// @listing-begin
void AsyncTasks::runTask(int task)
{
    record(stage::EventKind::WorkerStarted, task);
    const int step = task == 0 ? int(Step::Sing) : int(Step::Dance);
    const std::int64_t span = m_options.span();
    bool stopped = false;
    int done = 0;
    for (int i = 0; i < m_options.chunkCount(); ++i) {
        if (m_stop.load()) { // cancelled: stop at the next chunk
            stopped = true;
            break;
        }
        const std::int64_t t0 = nowNs();
        OffCpu off;
        if (m_options.kind == Kind::Cpu) {
            countPrimesTimed(chunkStart(i, span), span, off);
        } else if (!waitIo(std::chrono::milliseconds(m_options.ioChunkMs))) {
            stopped = true;
            break;
        }
        const stage::Value v[] = {
            {ChunkKey, i}, {DurationKey, nowNs() - t0}, {OffAtKey, off.atNs}, {OffKey, off.ns}};
        record(stage::EventKind::Step, task, ++done, step, v, 4);
    }
    record(stopped ? stage::EventKind::WorkerStopped : stage::EventKind::WorkerFinished, task,
           done);
    if (m_running.fetch_sub(1) == 1) {
        m_t1Ns.store(nowNs());
        record(stage::EventKind::RunFinished, -1);
    }
}
// @listing-end

TasksResult AsyncTasks::result(const std::vector<Chunk> &chunks) const
{
    TasksResult r;
    r.mode = Mode::Async;
    r.kind = m_options.kind;
    const std::int64_t t1 = m_t1Ns.load();
    r.elapsedMs = t1 > 0 ? double(t1 - m_t0Ns.load()) / 1e6 : 0;
    summarize(chunks, r);
    return r;
}

TasksResult runAsyncTasks(const TasksOptions &options)
{
    AsyncTasks tasks(options);
    tasks.start();
    tasks.wait();
    return tasks.result(chunksFrom(tasks.drain()));
}

TasksResult runTasks(const TasksOptions &options)
{
    TasksResult r;
    if (const QString why = unavailableReason(options.mode); !why.isEmpty()) {
        r.mode = options.mode;
        r.kind = options.kind;
        r.error = why;
        return r;
    }
    return options.mode == Mode::Async ? runAsyncTasks(options) : runStageTasks(options);
}

} // namespace multitasking
