// The parent's side of a process worker: one thread per child talks to it over its pipes and
// stands in for it on the stage, so pacing, Step and the scheduler treat it like a thread.
#include "childruntime.h"
#include "stage.h"
#include "stageslot.h"

#include <QProcess>
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

namespace stage {

namespace {

/// Splits a line from the child into its fields.
QList<QByteArray> fieldsOf(QByteArray line)
{
    if (line.endsWith('\n'))
        line.chop(1);
    return line.split(' ');
}

int decodeValues(const QList<QByteArray> &fields, int from,
                 std::array<Value, Event::MaxValues> &out)
{
    int n = 0;
    for (int i = from; i < fields.size() && n < Event::MaxValues; ++i)
        if (ChildRuntime::decode(fields[i], out[std::size_t(n)]))
            ++n;
    return n;
}

} // namespace

void Stage::runProcess(Slot &slot)
{
    Worker &w = slot.handle;
    {
        std::unique_lock lock(m_mutex);
        m_cv.wait(lock, [this] { return m_go || stopping(); });
    }
    if (stopping()) {
        finishWorker(slot, EventKind::WorkerStopped, 0);
        return;
    }
    QProcess proc;
    const pid_t parent = ::getpid();
    proc.setProgram(slot.spec.program.isEmpty() ? ChildRuntime::executable() : slot.spec.program);
    proc.setArguments(slot.spec.arguments);
    proc.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    proc.setChildProcessModifier([parent] {
        // No child outlives its parent: the kernel kills it when the thread that started it
        // (this one, which lives until the child is reaped) goes away, crash included.
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent)
            ::_exit(1);
    });
    proc.start();
    if (!proc.waitForStarted(10000)) {
        const Value v = Value::str("error", proc.errorString().toStdString());
        record(EventKind::Exited, w.id(), ObjectKind::Process, w.id(), -1, &v, 1);
        finishWorker(slot, EventKind::WorkerStopped, 0);
        return;
    }
    slot.pid.store(proc.processId());
    // The program too: which executable a child is (`ps` shows it; the trace keeps it).
    const std::array<Value, 2> spawned{Value{"ppid", qint64(parent)},
                                       Value::str("program", proc.program().toStdString())};
    record(EventKind::WorkerStarted, w.id());
    record(EventKind::Spawned, w.id(), ObjectKind::Process, w.id(), proc.processId(),
           spawned.data(), int(spawned.size()));
    if (stopping()) { // stop() may have looked before the pid was known
        slot.killed.store(true);
        ::kill(pid_t(proc.processId()), SIGKILL);
    }

    std::array<Value, Event::MaxValues> values{};
    bool stopped = false;
    for (;;) {
        if (!proc.canReadLine() && !proc.waitForReadyRead(-1) && !proc.canReadLine())
            break; // the child ended (or was killed)
        const QList<QByteArray> f = fieldsOf(proc.readLine());
        if (f.isEmpty() || stopped)
            continue;
        try {
            if (f[0] == "C" && f.size() >= 3) {
                const int n = decodeValues(f, 3, values);
                checkpoint(w, f[1].toInt(), values.data(), n);
                proc.write("G\n");
            } else if (f[0] == "N" && f.size() >= 5) {
                const int n = decodeValues(f, 5, values);
                note(w, EventKind(f[1].toInt()), ObjectKind(f[2].toInt()), f[3].toInt(),
                     f[4].toLongLong(), values.data(), n);
            } else if (f[0] == "Z" && f.size() >= 3) {
                sleep(w, std::chrono::microseconds(f[1].toLongLong()), BlockOp(f[2].toInt()));
                proc.write("G\n");
            } else if (f[0] == "F") {
                w.m_finalCount = decodeValues(f, 1, w.m_final);
            }
            proc.waitForBytesWritten(1000);
        } catch (const ChildGone &) {
            // Killed while we waited for it: the loop reads what is left and sees it end.
        } catch (const Stopped &) {
            stopped = true;
            slot.killed.store(true);
            ::kill(pid_t(proc.processId()), SIGKILL);
        }
    }
    proc.waitForFinished(-1);
    slot.pid.store(0);
    if (stopped || slot.killed.load()) {
        finishWorker(slot, EventKind::WorkerStopped, w.m_steps);
    } else if (proc.exitStatus() == QProcess::CrashExit) {
        // Qt reports the terminating signal as the exit code of a crashed process.
        finishWorker(slot, EventKind::WorkerKilled, proc.exitCode());
    } else {
        record(EventKind::Exited, w.id(), ObjectKind::Process, w.id(), proc.exitCode());
        finishWorker(slot, EventKind::WorkerFinished, w.m_steps);
    }
}

} // namespace stage
