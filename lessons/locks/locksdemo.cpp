#include "locksdemo.h"

#include <thread>

namespace locks {

using stage::Value;

QStringList LocksDemo::stepNames()
{
    return {QStringLiteral("acquire"), QStringLiteral("read"), QStringLiteral("add"),
            QStringLiteral("write"), QStringLiteral("release")};
}

LocksDemo::LocksDemo(const RaceOptions &options)
    : m_options(options), m_stage(std::make_unique<stage::Stage>())
{
    m_stage->setSteps(stepNames());
    // The race is about threads running at the same time: one CPU each, so a loaded machine does
    // not queue them on one CPU where a short run finishes before the other thread starts.
    m_stage->setSpreadOverCpus(true);
    m_stage->addShared(QStringLiteral("n"), 0);
    m_stage->addLock(QStringLiteral("lock"));
    m_mutex = std::make_unique<stage::StageMutex>(*m_stage, LockId);
    for (int t = 0; t < m_options.threads; ++t)
        m_stage->addWorker(QStringLiteral("T%1").arg(t + 1), [this](stage::Worker &w) { body(w); });
    m_stage->setOnFinished([this] {
        m_t1Ns.store(std::chrono::steady_clock::now().time_since_epoch().count());
        m_stage->recordShared(CounterId, m_counter.load(std::memory_order_relaxed));
    });
}

LocksDemo::~LocksDemo()
{
    m_stage->stop(); // joins before m_mutex and the counters go away
}

void LocksDemo::start()
{
    m_t0Ns.store(std::chrono::steady_clock::now().time_since_epoch().count());
    m_stage->start();
}

RaceResult LocksDemo::result() const
{
    RaceResult r;
    r.expected = std::int64_t(m_options.threads) * m_options.iterations;
    r.actual = m_counter.load(std::memory_order_relaxed);
    r.lost = r.expected - r.actual;
    r.elapsedMs = double(m_t1Ns.load() - m_t0Ns.load()) / 1e6;
    return r;
}

// The listing shown as "C++" in the lesson is cut from here: this is the code that runs.
// @listing-begin
void LocksDemo::body(stage::Worker &w)
{
    const std::int64_t k = m_options.iterations;
    const bool yield = m_options.window == Window::Yield;
    for (std::int64_t i = 0; i < k; ++i) {
        std::int64_t tmp = 0;
        if (m_options.lock) {
            w.at(int(Step::Acquire), {{"i", i}});
            // lock.acquire(): waits while another thread holds it
            stage::StageLockGuard guard(*m_mutex, w); // @step acquire
            w.at(int(Step::Read), {{"i", i}});
            tmp = m_counter.load(std::memory_order_relaxed); // tmp = n // @step read
            w.at(int(Step::Add), {{"i", i}, {"tmp", tmp}});
            tmp = tmp + 1; // @step add
            w.at(int(Step::Write), {{"i", i}, {"tmp", tmp}});
            m_counter.store(tmp, std::memory_order_relaxed); // n = tmp // @step write
            w.wrote(CounterId, tmp);
            m_completed.fetch_add(1, std::memory_order_relaxed); // @stage
            w.at(int(Step::Release), {{"i", i}, {"tmp", tmp}});
            guard.unlock(); // lock.release() // @step release
        } else {
            w.at(int(Step::Read), {{"i", i}});
            // two separate atomic steps: a race, yet no undefined behaviour
            tmp = m_counter.load(std::memory_order_relaxed); // tmp = n // @step read
            w.at(int(Step::Add), {{"i", i}, {"tmp", tmp}});
            tmp = tmp + 1; // @step add
            if (yield)
                std::this_thread::yield(); // race window: let the others run
            w.at(int(Step::Write), {{"i", i}, {"tmp", tmp}});
            m_counter.store(tmp, std::memory_order_relaxed); // n = tmp // @step write
            w.wrote(CounterId, tmp);
            m_completed.fetch_add(1, std::memory_order_relaxed); // @stage
        }
    }
    w.finish({{"i", k}});
}
// @listing-end

RaceTally LocksDemo::tally(const stage::Scene &scene, const RaceOptions &options)
{
    RaceTally t;
    t.target = std::int64_t(options.threads) * options.iterations;
    for (const stage::WorkerView &w : scene.workers()) {
        // A worker at iteration i has completed i increments; at its release step the i-th
        // write is done too; a finished worker carries its final i (= K).
        for (const stage::NamedValue &v : w.locals)
            if (v.name == QLatin1String("i"))
                t.done +=
                    v.value +
                    (w.state != stage::WorkerState::Finished && w.step == int(Step::Release) ? 1
                                                                                             : 0);
    }
    if (!scene.shared().empty())
        t.actual = scene.shared()[std::size_t(CounterId)].value;
    // Samples of the counter and of the workers' progress are taken at different moments.
    t.lost = std::max<std::int64_t>(0, t.done - t.actual);
    return t;
}

RaceResult runRace(const RaceOptions &options)
{
    LocksDemo demo(options);
    demo.stage().setPacing(stage::Pacing::FullSpeed);
    demo.stage().setSampleShift(20); // headless: nobody draws the samples
    demo.start();
    demo.stage().wait();
    return demo.result();
}

} // namespace locks
