#pragma once

#include "pool/poolrun.h"

#include <QString>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace pool {

/// Runs the sweep (pool sizes 1 … 100, processes then threads) on a thread of its own for the
/// panel, one point at a time, and stops promptly when asked: a process pool being timed is
/// stopped (its workers killed and reaped) rather than waited for.
class SweepRunner
{
public:
    /// Called on the runner's thread after each point, then once with done = true.
    using Report = std::function<void(const SweepPoint &point, bool done)>;

    SweepRunner() = default;
    /// Stops and joins.
    ~SweepRunner();

    /// Starts timing copies of @p src with @p chunk bytes per read (stops a sweep in progress).
    void start(const QString &src, qint64 chunk, Report report);
    /// Stops the sweep and joins its thread (a thread pool's copy in flight is finished first).
    void stop();
    /// True while a sweep runs.
    bool running() const;

private:
    void run(QString src, qint64 chunk, Report report);

    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_cv;
    bool m_stop = false;
    bool m_running = false;
};

} // namespace pool
