#pragma once

#include "stage/stage.h"

#include <QString>
#include <functional>
#include <vector>

namespace threads {

/// Python's `threading.Thread(target=…, args=…, name=…)` on the stage: start() makes a real OS
/// thread (a stage worker) whose name is set on the OS thread, so `ps -L -p PID -o comm` and
/// `top -H` show it; join() waits for it through the stage, so stop() ends the wait.
/// Subclass and override run() for the object-oriented style (parameters through the
/// constructor), or pass a target and args for the procedural one.
class Thread
{
public:
    /// The function a thread runs: the worker handle and the thread's args.
    using Target = std::function<void(stage::Worker &, const std::vector<std::int64_t> &)>;
    /// Most bytes of an OS thread name (Linux: 16 with the terminating zero).
    static constexpr int MaxNameBytes = 15;

    /// `Thread(target=target, args=args, name=name)` on @p stage.
    Thread(stage::Stage &stage, Target target, std::vector<std::int64_t> args, QString name);
    /// `Thread(name=name)` for a subclass that overrides run().
    Thread(stage::Stage &stage, QString name);
    virtual ~Thread() = default;
    Thread(const Thread &) = delete;
    Thread &operator=(const Thread &) = delete;

    /// t.start(): the thread begins (a stage worker added while the run goes on). False when
    /// the stage refused it (stopping, or too many workers).
    bool start();
    /// t.join(): @p caller waits until this thread is done; throws stage::Stopped on stop.
    void join(stage::Worker &caller);
    /// The name as given (cut to MaxNameBytes on a character boundary).
    QString name() const { return m_name; }
    /// Its worker id once started, else -1.
    int workerId() const { return m_worker; }

    /// threading.current_thread().name: the calling OS thread's own name, read from the kernel.
    static QString currentName();
    /// The calling thread's kernel thread id (gettid).
    static qint64 currentTid();

protected:
    /// What the thread does; the default calls the target with the args.
    virtual void run(stage::Worker &w);

private:
    void bootstrap(stage::Worker &w);

    stage::Stage &m_stage;
    Target m_target;
    std::vector<std::int64_t> m_args;
    QString m_name;
    QByteArray m_osName;
    int m_worker = -1;
};

/// @p name cut to at most Thread::MaxNameBytes bytes of UTF-8 without splitting a character.
QString osThreadName(const QString &name);

} // namespace threads
