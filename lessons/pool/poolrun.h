#pragma once

#include "pooldemo.h"

#include <QString>
#include <QStringList>
#include <vector>

class QTextStream;

namespace pool {

/// The options of `--run pool-copy` and `--run pool-sweep`.
struct RunOptions
{
    CopyOptions copy;
    bool kindGiven = false; ///< --kind was given (the sweep runs both kinds otherwise)
    bool json = false;      ///< --json
};

/// One point of the sweep: the pool size and how long the copy took.
struct SweepPoint
{
    Kind kind = Kind::Process;
    int workers = 0;
    double elapsedMs = 0; ///< the whole copy
    double startupMs = 0; ///< until every worker had begun (the cost of starting them)
    int verified = 0;
    int files = 0;
};

/// The pool sizes the sweep tries: 1, 2, 5, 10, 20, 50, 100.
std::vector<int> sweepSizes();
/// Applies one option of @p demo ("pool-copy" or "pool-sweep") to @p o; returns a message
/// naming the value and what is allowed, or an empty string.
QString setRunOption(RunOptions &o, const QString &demo, const QString &option,
                     const QString &value);
/// The options @p demo takes.
QStringList runOptionNames(const QString &demo);
/// Copies with a pool as @p o says (the plan must be valid) and waits.
CopyResult runPoolCopy(const CopyPlan &plan, const CopyOptions &o);
/// Copies @p src into a fresh temporary folder with each pool size, for @p kinds.
std::vector<SweepPoint> runPoolSweep(const QString &src, const std::vector<Kind> &kinds,
                                     qint64 chunk);
/// @p r as `key: value` lines, or one JSON object with files, bytes, verified, elapsed_ms,
/// workers, kind (and failures, replaced, startup_ms).
QString formatCopy(const CopyResult &r, bool json);
/// The sweep as a table, or one JSON object {"points": [...]}.
QString formatSweep(const std::vector<SweepPoint> &points, bool json);
/// `--run pool-copy …` or `--run pool-sweep …`: @p args are the words after the demo's name.
/// Returns 0, 1 (the copy failed: what was copied is listed) or 2 (bad input, nothing written).
int runCommand(const QString &demo, const QStringList &args, QTextStream &out, QTextStream &err);
/// Runs @p demo with options already checked one by one (@p o), checking them together (source,
/// destination): what runCommand() does after parsing. Returns 0, 1 or 2 as runCommand().
int execute(const QString &demo, RunOptions o, QTextStream &out, QTextStream &err);

} // namespace pool
