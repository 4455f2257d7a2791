#include "sweeprunner.h"

#include "pool/pooldemo.h"
#include "pool/tempfolders.h"
#include "pool/threadcopy.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <chrono>

namespace pool {

SweepRunner::~SweepRunner()
{
    stop();
}

void SweepRunner::start(const QString &src, qint64 chunk, Report report)
{
    stop();
    {
        std::lock_guard lock(m_mutex);
        m_stop = false;
        m_running = true;
    }
    m_thread =
        std::thread([this, src, chunk, report = std::move(report)] { run(src, chunk, report); });
}

void SweepRunner::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_cv.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    std::lock_guard lock(m_mutex);
    m_running = false;
}

bool SweepRunner::running() const
{
    std::lock_guard lock(m_mutex);
    return m_running;
}

void SweepRunner::run(QString src, qint64 chunk, Report report)
{
    for (Kind kind : {Kind::Process, Kind::Thread}) {
        for (int n : sweepSizes()) {
            {
                std::lock_guard lock(m_mutex);
                if (m_stop)
                    break;
            }
            QTemporaryDir dst(tempFolderTemplate(QStringLiteral("sweep")));
            QString error;
            const auto plan = planCopy(src, dst.path() + QStringLiteral("/copy"), &error);
            if (!plan)
                break;
            CopyResult r;
            if (kind == Kind::Thread) {
                r = runThreadCopy(*plan, n, chunk);
            } else {
                QElapsedTimer clock;
                clock.start();
                PoolDemo demo(*plan, n, chunk);
                demo.stage().setPacing(stage::Pacing::FullSpeed);
                demo.start();
                std::vector<stage::Event> events;
                {
                    // Waits for the copy, or for stop(): then the pool is stopped, not waited for.
                    std::unique_lock lock(m_mutex);
                    while (!m_stop && !demo.stage().isFinished())
                        m_cv.wait_for(lock, std::chrono::milliseconds(5));
                }
                demo.stage().stop();
                events = demo.stage().drain();
                stage::Scene scene(demo.stage().info());
                scene.apply(events);
                r = demo.resultOf(scene);
                r.elapsedMs = double(clock.nsecsElapsed()) / 1e6;
                std::int64_t last = 0;
                std::vector<std::int64_t> first(std::size_t(n) + 1, -1);
                for (const stage::Event &e : events)
                    if (e.kind == stage::EventKind::Step && e.worker > 0 && e.worker <= n &&
                        first[std::size_t(e.worker)] < 0)
                        first[std::size_t(e.worker)] = e.tNs;
                for (std::int64_t t : first)
                    last = std::max(last, t);
                r.startupMs = double(last) / 1e6;
            }
            {
                std::lock_guard lock(m_mutex);
                if (m_stop)
                    break;
            }
            report({kind, n, r.elapsedMs, r.startupMs, r.verified, r.files}, false);
        }
    }
    report({}, true);
}

} // namespace pool
