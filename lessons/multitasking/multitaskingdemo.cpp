#include "multitaskingdemo.h"

#include <chrono>

namespace multitasking {

namespace {

std::int64_t nowNs()
{
    return std::chrono::steady_clock::now().time_since_epoch().count();
}

} // namespace

MultitaskingDemo::MultitaskingDemo(const TasksOptions &options)
    : m_options(options), m_stage(std::make_unique<stage::Stage>()), m_plan(pinPlan(options))
{
    Q_ASSERT(options.mode != Mode::Async);
    m_stage->setSteps(stepNames());
    m_stage->setSampleShift(0); // every chunk is a slice on the timeline
    if (m_options.mode == Mode::Sync) {
        m_stage->addWorker(QStringLiteral("main"), [this](stage::Worker &w) {
            runTask(w, 0); // sing()
            runTask(w, 1); // dance(): only once sing() has returned
        });
    } else {
        for (int task = 0; task < 2; ++task)
            m_stage->addWorker(task == 0 ? QStringLiteral("A") : QStringLiteral("B"),
                               [this, task](stage::Worker &w) {
                                   if (pin(w, m_plan[std::size_t(task)]))
                                       runTask(w, task);
                               });
    }
    m_stage->setOnFinished([this] { m_t1Ns.store(nowNs()); });
}

MultitaskingDemo::~MultitaskingDemo()
{
    m_stage->stop();
}

void MultitaskingDemo::start()
{
    m_t0Ns.store(nowNs());
    m_stage->start();
}

QString MultitaskingDemo::error() const
{
    std::lock_guard lock(m_errorMutex);
    return m_error;
}

bool MultitaskingDemo::pin(stage::Worker &w, int cpu)
{
    const QString why = pinCurrentThread(cpu);
    if (why.isEmpty())
        return true;
    {
        std::lock_guard lock(m_errorMutex);
        if (m_error.isEmpty())
            m_error = why;
    }
    w.finish({{"pinned", 0}});
    return false; // the task does not run unpinned: that would pretend
}

// The listing shown as "C++" in the lesson is cut from here: this is the code that runs.
// @listing-begin
void MultitaskingDemo::runTask(stage::Worker &w, int task)
{
    const int step = task == 0 ? int(Step::Sing) : int(Step::Dance);
    const std::int64_t span = m_options.span();
    for (int i = 0; i < m_options.chunkCount(); ++i) {
        const std::int64_t t0 = nowNs();
        OffCpu off; // when the kernel gave the CPU to someone else mid-chunk
        if (m_options.kind == Kind::Cpu)
            countPrimesTimed(chunkStart(i, span), span, off); // computing
        else
            w.sleep(std::chrono::milliseconds(m_options.ioChunkMs),
                    stage::BlockOp::Io); // waiting, like a download
        // One checkpoint per chunk: its Step event is the slice, with its CPU.
        w.at(step,
             {{ChunkKey, i}, {DurationKey, nowNs() - t0}, {OffAtKey, off.atNs}, {OffKey, off.ns}});
    }
}
// @listing-end

TasksResult MultitaskingDemo::result(const std::vector<Chunk> &chunks) const
{
    TasksResult r;
    r.mode = m_options.mode;
    r.kind = m_options.kind;
    const std::int64_t t1 = m_t1Ns.load();
    r.elapsedMs = t1 > 0 ? double(t1 - m_t0Ns.load()) / 1e6 : 0;
    r.error = error();
    summarize(chunks, r);
    return r;
}

TasksResult runStageTasks(const TasksOptions &options)
{
    MultitaskingDemo demo(options);
    demo.stage().setPacing(stage::Pacing::FullSpeed);
    demo.start();
    demo.stage().wait();
    return demo.result(chunksFrom(demo.stage().drain()));
}

} // namespace multitasking
