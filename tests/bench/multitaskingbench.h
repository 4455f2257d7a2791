#pragma once

#include <QJsonObject>

namespace bench {

/// A 唱歌 / B 跳舞 in every mode, CPU-bound and I/O-bound: the median elapsed time of @p runs
/// runs each, and the ratios the multitasking lesson promises (CPU parallel/sync ≤ 0.6 on two
/// cores, I/O concurrent/sync ≤ 0.55).
QJsonObject tasksRatios(int runs);
/// Creating and joining N threads vs creating and reaping N processes (fork + exec /bin/true),
/// N = 1, 10, 100: the median of @p runs samples each.
QJsonObject creationCost(int runs);

} // namespace bench
