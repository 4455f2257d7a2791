#include "threadcopy.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <atomic>
#include <mutex>
#include <numeric>
#include <set>
#include <thread>

namespace pool {

CopyResult runThreadCopy(const CopyPlan &plan, int workers, qint64 chunk)
{
    CopyResult r;
    r.files = int(plan.files.size());
    r.bytes = plan.bytes;
    r.workers = std::clamp(workers, 1, MaxWorkers);
    r.kind = Kind::Thread;
    QThreadPool threads;
    threads.setMaxThreadCount(r.workers);
    std::vector<int> ids(plan.files.size());
    std::iota(ids.begin(), ids.end(), 0);
    std::vector<char> done(plan.files.size(), 0);
    std::atomic<bool> stop{false};
    std::mutex mutex; // guards failures, started, startupNs
    std::set<std::thread::id> started;
    qint64 startupNs = 0;
    QElapsedTimer clock;
    clock.start();
    QtConcurrent::map(&threads, ids, [&](int id) {
        {
            std::lock_guard lock(mutex);
            // The pool may reuse a thread before it starts all N: count the ones that ran.
            if (started.insert(std::this_thread::get_id()).second)
                startupNs = clock.nsecsElapsed();
        }
        if (stop.load())
            return;
        const FileTask &t = plan.files[std::size_t(id)];
        const QString final = plan.dst + QLatin1Char('/') + t.rel;
        const QFileInfo fi(final);
        const QString tmp = fi.absolutePath() + QStringLiteral("/.%1.part-t").arg(fi.fileName());
        const CopyOutcome c = copyFile(plan.src + QLatin1Char('/') + t.rel, tmp, final, chunk,
                                       [&stop](qint64) { return !stop.load(); });
        if (c.ok) {
            done[std::size_t(id)] = 1; // each task writes only its own element
        } else {
            stop.store(true); // a full disk or a refused write ends the run cleanly
            std::lock_guard lock(mutex);
            r.failures << c.error;
        }
    }).waitForFinished();
    r.elapsedMs = double(clock.nsecsElapsed()) / 1e6;
    r.startupMs = double(startupNs) / 1e6;
    for (std::size_t i = 0; i < done.size(); ++i)
        if (done[i]) {
            ++r.verified;
            r.copied << plan.files[i].rel;
        }
    return r;
}

} // namespace pool
