#pragma once

#include <QString>
#include <atomic>
#include <vector>

namespace threads {

/// Time to create and join N threads, and to create and reap N processes.
struct CreationPoint
{
    int n = 0;            ///< how many of each
    double threadMs = 0;  ///< std::thread × n, each started then joined
    double processMs = 0; ///< fork + exec of the program × n, each started then reaped
};

/// The N the lesson compares by default: 1, 10, 100.
std::vector<int> defaultCreationCounts();

/// Measures creating and joining @p n real threads that do nothing. Returns ms.
double threadCreationMs(int n, const std::atomic<bool> *stop = nullptr);
/// Measures creating and reaping @p n real processes (fork + exec of @p program, /bin/true by
/// default). Returns ms, or -1 when a fork or exec failed (@p error says why). Every child
/// started is reaped, also when @p stop is raised part-way.
double processCreationMs(int n, QString *error = nullptr, const std::atomic<bool> *stop = nullptr,
                         const QString &program = QStringLiteral("/bin/true"));
/// Both measures for each of @p counts; stops early when @p stop is raised.
std::vector<CreationPoint> creationCost(const std::vector<int> &counts,
                                        const std::atomic<bool> *stop = nullptr,
                                        QString *error = nullptr);

} // namespace threads
