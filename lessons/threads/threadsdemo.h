#pragma once

#include "stage/scene.h"
#include "stage/stage.h"
#include "threads/thread.h"

#include <QStringList>
#include <atomic>
#include <memory>
#include <vector>

namespace threads {

/// The two ways the notes create a thread.
enum class Style : std::uint8_t {
    Procedural, ///< threading.Thread(target=sing, args=(n,), name=…)
    Subclass,   ///< class SingThread(Thread) overriding run(), parameters through __init__
};

/// The visible steps, main thread's and the threads' own.
enum class Step : int {
    Create = 0, ///< main: t = threading.Thread(…)
    Start = 1,  ///< main: t.start()
    Begin = 2,  ///< thread: name = threading.current_thread().name
    Work = 3,   ///< thread: print(name, i); time.sleep(…)
    Join = 4,   ///< main: t.join()
    End = 5,    ///< main: print('main done')
};

/// Most threads one run may create (the command line's cap).
constexpr int MaxThreads = 256;

/// The knobs of one threads run.
struct ThreadsOptions
{
    int count = 2; ///< threads main creates, 1 … MaxThreads
    Style style = Style::Procedural;
    bool join = true; ///< main joins every thread before it ends
    int rounds = 3;   ///< Work steps per thread (the target's n)
    int sleepMs = 0;  ///< time.sleep in each Work step (interruptible)
};

/// What a finished run reports: the threads as the OS saw them.
struct ThreadsResult
{
    int threads = 0;          ///< threads created (main not counted)
    QStringList names;        ///< current_thread().name of each, in creation order
    std::vector<qint64> tids; ///< their kernel thread ids
    qint64 pid = 0;           ///< the one process they all belong to
    double elapsedMs = 0;     ///< create, run and join them all
    QString mainName;         ///< the main lane's own name
};

/// The threads lesson's engine: a main thread (worker 0, "MainThread") creates count real
/// threads the way the notes do, named on the OS thread, starts them, and joins them (or not).
class ThreadsDemo
{
public:
    /// Sets the stage up for @p options; nothing runs until start().
    explicit ThreadsDemo(const ThreadsOptions &options);
    /// Stops and joins every thread.
    ~ThreadsDemo();

    /// The stage the threads run on.
    stage::Stage &stage() { return *m_stage; }
    /// The stage, for queries.
    const stage::Stage &stage() const { return *m_stage; }
    /// The knobs this run was made with.
    const ThreadsOptions &options() const { return m_options; }
    /// Starts the main thread, which creates the others.
    void start();
    /// The result as of @p scene (a fold of this run's events).
    ThreadsResult result(const stage::Scene &scene) const;

    /// Worker id of the main thread.
    static constexpr int MainId = 0;
    /// Step names by id.
    static QStringList stepNames();
    /// Name of thread @p k (0-based): "sing-1", "dance-2", … (≤ 15 bytes).
    static QString threadName(int k);

private:
    void mainBody(stage::Worker &w);

    ThreadsOptions m_options;
    std::unique_ptr<stage::Stage> m_stage;
    std::vector<std::unique_ptr<Thread>> m_threads; ///< only the main worker touches it
    std::atomic<std::int64_t> m_t0Ns{0};
    std::atomic<std::int64_t> m_t1Ns{0};
};

/// sing(n) / dance(n): the target of the procedural style, and the body ShowThread::run runs.
/// Singing and dancing differ only in the word printed; the thread's name says which it is.
void perform(stage::Worker &w, std::int64_t n, std::int64_t sleepMs);

/// Parses `--count`: a whole number from 1 to MaxThreads, or the message naming the bad value.
QString parseCount(const QString &value, int *count);
/// Runs the threads headless at full speed and waits (the `--run threads` command).
ThreadsResult runThreads(const ThreadsOptions &options);
/// The result as key/value pairs in print order: threads, names, tids, pid, elapsed_ms.
QList<QPair<QString, QVariant>> resultPairs(const ThreadsResult &result);
/// `key: value` lines, or one compact JSON object.
QString formatResult(const ThreadsResult &result, bool json);

} // namespace threads
