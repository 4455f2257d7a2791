#pragma once

#include <QString>
#include <QStringList>
#include <cstdint>
#include <vector>

namespace stage {

/// A shared variable the demo exposes (e.g. the counter `n`).
struct SharedInfo
{
    QString name;             ///< as shown, e.g. "n"
    std::int64_t initial = 0; ///< value before the run

    /// Field by field.
    bool operator==(const SharedInfo &) const = default;
};

/// A queue the demo exposes.
struct QueueInfo
{
    QString name;      ///< as shown, e.g. "q"
    int capacity = 0;  ///< maxsize; 0 = unbounded
    bool lifo = false; ///< a stack (LifoQueue): the last item in is the first out

    /// Field by field.
    bool operator==(const QueueInfo &) const = default;
};

/// The static description of a run: who takes part and what they share. Given to the Scene so
/// events can stay small (ids instead of names). Workers added while the run goes on arrive as
/// WorkerAdded events instead.
struct StageInfo
{
    QStringList workers;            ///< worker names by id, e.g. "T1", "T2"
    std::vector<SharedInfo> shared; ///< shared variables by id
    QStringList locks;              ///< lock names by id
    std::vector<QueueInfo> queues;  ///< queues by id
    QStringList conditions;         ///< condition variables by id
    QStringList series;             ///< time series by id
    QStringList steps;              ///< step names by step id, e.g. "read", "add", "write"

    /// Field by field.
    bool operator==(const StageInfo &) const = default;
};

} // namespace stage
