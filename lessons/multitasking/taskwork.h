#pragma once

#include "stage/event.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace multitasking {

/// How the two tasks are run (the notes' 同步 / 异步 / 并行 / 并发).
enum class Mode : std::uint8_t {
    Sync,       ///< A then B on one thread (同步)
    Async,      ///< QtConcurrent::run: the caller stays responsive while A and B run (异步)
    Parallel,   ///< two threads pinned to two CPUs (并行, 真异步)
    Concurrent, ///< two threads pinned to one CPU: the kernel time-slices them (并发, 伪异步)
};

/// What each task's work is.
enum class Kind : std::uint8_t {
    Cpu, ///< a real computation (counting primes): needs a CPU the whole time
    Io,  ///< waiting, like a download: needs almost no CPU
};

/// The knobs of one run of A 唱歌 and B 跳舞.
struct TasksOptions
{
    Mode mode = Mode::Sync;
    Kind kind = Kind::Cpu;
    int chunks = 0;           ///< work chunks per task; 0 = the default for the kind
    int ioChunkMs = 10;       ///< Io: how long each chunk waits
    std::int64_t cpuSpan = 0; ///< Cpu: numbers tested per chunk; 0 = the default
    std::vector<int> pinTo;   ///< CPUs to pin to instead of the first allowed ones (tests)

    /// Chunks per task after defaults.
    int chunkCount() const;
    /// Numbers tested per chunk after defaults.
    std::int64_t span() const;
};

/// One chunk of work as recorded: which task, when, and on which CPU.
struct Chunk
{
    int task = 0;    ///< 0 = A 唱歌, 1 = B 跳舞
    int worker = -1; ///< the worker (lane) that ran it
    std::int64_t index = 0;
    std::int64_t t0Ns = 0;    ///< start, ns since the run started
    std::int64_t t1Ns = 0;    ///< end
    int cpu = -1;             ///< the CPU it ended on
    std::int64_t offAtNs = 0; ///< where its longest stretch off the CPU began, after t0Ns
    std::int64_t offNs = 0;   ///< how long that stretch was (0: it ran straight through)
};

/// Where a chunk of computing was taken off its CPU: the longest gap the work itself saw.
struct OffCpu
{
    std::int64_t atNs = 0; ///< when the gap began, after the chunk's start
    std::int64_t ns = 0;   ///< how long it lasted
};

/// What a finished run reports.
struct TasksResult
{
    Mode mode = Mode::Sync;
    Kind kind = Kind::Cpu;
    double elapsedMs = 0;      ///< wall time from start to the last task's end
    double taskMs[2] = {0, 0}; ///< each task's own first-to-last chunk time
    std::vector<int> cpus;     ///< the CPUs the task threads actually ran on, ascending
    std::int64_t chunksDone[2] = {0, 0};
    QString error; ///< set when the run could not be done as asked (a refused pin)
};

/// The step ids of the lesson's checkpoints: one per task chunk.
enum class Step : int {
    Sing = 0,  ///< a chunk of task A 唱歌
    Dance = 1, ///< a chunk of task B 跳舞
};

/// Step names by id.
QStringList stepNames();
/// "sync", "async", "parallel", "concurrent".
QString modeKey(Mode mode);
/// "cpu", "io".
QString kindKey(Kind kind);
/// Every mode key, in the order the lesson shows them.
QStringList modeKeys();
/// Every kind key.
QStringList kindKeys();
/// The mode named @p key, or nothing.
std::optional<Mode> modeFromKey(const QString &key);
/// The kind named @p key, or nothing.
std::optional<Kind> kindFromKey(const QString &key);

/// Applies `--@p name @p value` (mode or kind) to @p options. Returns an empty string, or the
/// message naming the bad value and what is allowed.
QString applyOption(TasksOptions &options, const QString &name, const QString &value);

/// The CPUs this process may run on, ascending (sched_getaffinity).
std::vector<int> allowedCpus();
/// Why @p mode cannot run here (parallel on one CPU), or an empty string when it can.
QString unavailableReason(Mode mode);
/// The CPUs each task is pinned to in @p options' mode: {A, B}; empty for unpinned modes.
std::vector<int> pinPlan(const TasksOptions &options);
/// Pins the calling thread to @p cpu. Empty on success, else what the kernel said.
QString pinCurrentThread(int cpu);

/// One chunk of the CPU task: counts the primes in [@p from, @p from + @p span) by trial
/// division. Real work whose cost does not depend on timing.
std::int64_t countPrimes(std::int64_t from, std::int64_t span);
/// countPrimes() that also watches the clock between numbers: a gap far longer than one
/// number takes is the kernel running something else, recorded in @p off (the longest one).
std::int64_t countPrimesTimed(std::int64_t from, std::int64_t span, OffCpu &off);
/// Where task @p task's chunk @p index starts counting (both tasks do equal work).
std::int64_t chunkStart(std::int64_t index, std::int64_t span);

/// Values a chunk's Step event carries: its index and its duration.
inline constexpr const char *ChunkKey = "chunk";
/// The chunk's duration in ns (the Step event's time is its end).
inline constexpr const char *DurationKey = "ns";
/// Where its longest off-CPU gap began, ns after its start.
inline constexpr const char *OffAtKey = "off_at";
/// How long that gap was, ns.
inline constexpr const char *OffKey = "off";

/// The chunks found in @p events (Step events of the two tasks), in trace order.
std::vector<Chunk> chunksFrom(std::span<const stage::Event> events);
/// Fills @p result's cpus, taskMs and chunksDone from @p chunks.
void summarize(const std::vector<Chunk> &chunks, TasksResult &result);
/// How many times the task changes between consecutive chunks in end-time order (sync: 1;
/// concurrent on one CPU: many, the time slices).
int switches(std::vector<Chunk> chunks);

/// The result as key/value pairs in print order: mode, kind, elapsed_ms, cpus (a list).
QList<QPair<QString, QVariant>> resultPairs(const TasksResult &result);
/// `key: value` lines, or one compact JSON object.
QString formatResult(const TasksResult &result, bool json);

} // namespace multitasking
