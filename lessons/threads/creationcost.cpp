#include "creationcost.h"

#include <QCoreApplication>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace threads {

namespace {

double msSince(std::chrono::steady_clock::time_point t0)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

bool stopped(const std::atomic<bool> *stop)
{
    return stop && stop->load(std::memory_order_relaxed);
}

} // namespace

std::vector<int> defaultCreationCounts()
{
    return {1, 10, 100};
}

double threadCreationMs(int n, const std::atomic<bool> *stop)
{
    std::vector<std::thread> threads;
    threads.reserve(std::size_t(n));
    std::atomic<int> ran{0};
    const auto t0 = std::chrono::steady_clock::now();
    for (int i = 0; i < n && !stopped(stop); ++i)
        threads.emplace_back([&ran] { ran.fetch_add(1, std::memory_order_relaxed); });
    for (std::thread &t : threads)
        t.join();
    return msSince(t0);
}

double processCreationMs(int n, QString *error, const std::atomic<bool> *stop,
                         const QString &program)
{
    const QByteArray path = program.toLocal8Bit();
    std::vector<pid_t> children;
    children.reserve(std::size_t(n));
    QString why;
    const auto t0 = std::chrono::steady_clock::now();
    for (int i = 0; i < n && !stopped(stop); ++i) {
        const pid_t pid = ::fork();
        if (pid == 0) {
            // Only async-signal-safe calls between fork and exec.
            char *const argv[] = {const_cast<char *>(path.constData()), nullptr};
            ::execv(path.constData(), argv);
            ::_exit(127);
        }
        if (pid < 0) {
            why = QCoreApplication::translate("Threads", "fork failed: %1")
                      .arg(QString::fromLocal8Bit(std::strerror(errno)));
            break;
        }
        children.push_back(pid);
    }
    for (pid_t pid : children) {
        int status = 0;
        while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
        }
        if (why.isEmpty() && !(WIFEXITED(status) && WEXITSTATUS(status) == 0))
            why = QCoreApplication::translate("Threads", "%1 did not run (exit status %2)")
                      .arg(program)
                      .arg(WIFEXITED(status) ? WEXITSTATUS(status) : -1);
    }
    const double ms = msSince(t0);
    if (error)
        *error = why;
    return why.isEmpty() ? ms : -1;
}

std::vector<CreationPoint> creationCost(const std::vector<int> &counts,
                                        const std::atomic<bool> *stop, QString *error)
{
    std::vector<CreationPoint> points;
    for (int n : counts) {
        if (stopped(stop))
            break;
        CreationPoint p;
        p.n = n;
        p.threadMs = threadCreationMs(n, stop);
        p.processMs = processCreationMs(n, error, stop);
        points.push_back(p);
        if (p.processMs < 0)
            break;
    }
    return points;
}

} // namespace threads
