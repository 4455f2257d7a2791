#include "poolbench.h"

#include "pool/copyplan.h"
#include "pool/poolrun.h"
#include "pool/samplefolder.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>
#include <functional>

namespace bench {

namespace {

// The notes' copy with the two slips fixed, as a class would run it.
const char *const NotesPython = R"(import os, sys
from multiprocessing import Pool

def copy(name, src, dst):
    fp1 = open(os.path.join(src, name), 'rb')
    fp2 = open(os.path.join(dst, name), 'wb')
    while 1:
        content = fp1.read(1024 * 64)
        if not content:
            break
        fp2.write(content)
    fp1.close()
    fp2.close()

if __name__ == '__main__':
    src, dst = sys.argv[1], sys.argv[2]
    os.mkdir(dst)
    pool = Pool(5)
    for name in os.listdir(src):
        pool.apply_async(copy, (name, src, dst))
    pool.close()
    pool.join()
)";

double median(std::vector<double> v)
{
    if (v.empty())
        return -1;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

/// True when every file of @p src is in @p dst with the same bytes.
bool identical(const QString &src, const QString &dst)
{
    QString error;
    const auto plan = pool::planCopy(src, dst + QStringLiteral("-none"), &error);
    if (!plan)
        return false;
    for (const pool::FileTask &t : plan->files)
        if (pool::checksum(src + QLatin1Char('/') + t.rel) !=
            pool::checksum(dst + QLatin1Char('/') + t.rel))
            return false;
    return true;
}

/// Median ms of @p samples runs of @p program @p args copying into a fresh folder each time.
/// Median ms of @p samples runs of @p program with the arguments @p argsFor(source, copy)
/// gives, copying into a fresh folder each time.
QJsonObject timeCommand(const QString &program,
                        const std::function<QStringList(const QString &, const QString &)> &argsFor,
                        const QString &src, int samples)
{
    std::vector<double> ms;
    bool same = true;
    for (int i = 0; i < samples; ++i) {
        QTemporaryDir dst;
        const QString out = dst.path() + QStringLiteral("/copy");
        QProcess p;
        QElapsedTimer t;
        t.start();
        p.start(program, argsFor(src, out));
        if (!p.waitForFinished(120000) || p.exitCode() != 0)
            return {{"error", QString::fromLocal8Bit(p.readAllStandardError())}};
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
        same = same && identical(src, out);
    }
    return {{"median_ms", median(ms)}, {"identical", same}, {"samples", samples}};
}

/// Median ms of @p samples runs of @p program @p args copying into a fresh folder each time.
QJsonObject timeCommand(const QString &program, const QStringList &args, const QString &src,
                        int samples)
{
    return timeCommand(
        program,
        [&args](const QString &from, const QString &to) { return QStringList(args) << from << to; },
        src, samples);
}

QJsonObject timePool(const QString &src, pool::Kind kind, int samples)
{
    std::vector<double> ms;
    bool same = true;
    for (int i = 0; i < samples; ++i) {
        QTemporaryDir dst;
        QString error;
        const auto plan = pool::planCopy(src, dst.path() + QStringLiteral("/copy"), &error);
        const pool::CopyResult r =
            pool::runPoolCopy(*plan, {src, plan->dst, 5, kind, pool::DefaultChunk});
        ms.push_back(r.elapsedMs);
        same = same && r.verified == r.files && identical(src, plan->dst);
    }
    return {{"median_ms", median(ms)}, {"identical", same}, {"samples", samples}};
}

} // namespace

QJsonObject poolFigures(const QString &app, int samples)
{
    QJsonObject out;
    pool::SampleFolder mib(100, 1024 * 1024);
    QJsonObject copy;
    copy.insert("files", 100);
    copy.insert("bytes_each", 1024 * 1024);
    copy.insert("process_pool_5", timePool(mib.path(), pool::Kind::Process, samples));
    copy.insert("thread_pool_5", timePool(mib.path(), pool::Kind::Thread, samples));
    const QJsonObject cp =
        timeCommand(QStringLiteral("cp"), {QStringLiteral("-r")}, mib.path(), samples);
    copy.insert("cp_r", cp);
    // The must-show: the whole command as a user types it, in the same run as cp -r.
    const QJsonObject command = timeCommand(
        app,
        [](const QString &from, const QString &to) {
            return QStringList{QStringLiteral("--run"),     QStringLiteral("pool-copy"),
                               QStringLiteral("--src"),     from,
                               QStringLiteral("--dst"),     to,
                               QStringLiteral("--workers"), QStringLiteral("5"),
                               QStringLiteral("--kind"),    QStringLiteral("process")};
        },
        mib.path(), samples);
    copy.insert("command_process_pool_5", command);
    const double cpMs = cp.value("median_ms").toDouble();
    const double commandMs = command.value("median_ms").toDouble();
    if (cpMs > 0 && commandMs > 0) {
        copy.insert("command_over_cp_r", commandMs / cpMs);
        copy.insert("command_target", 3.0);
    }
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (!python.isEmpty()) {
        QTemporaryDir scriptDir;
        QFile script(scriptDir.filePath(QStringLiteral("notes_pool_copy.py")));
        if (script.open(QIODevice::WriteOnly) && script.write(NotesPython) > 0) {
            script.close();
            copy.insert("python_pool_5",
                        timeCommand(python, {script.fileName()}, mib.path(), samples));
        }
    }
    out.insert("copy_100x1MiB", copy);

    pool::SampleFolder varied; // the lesson's own folder: 100 files, 4 KiB … 1 MiB
    QJsonArray sweep;
    for (const pool::SweepPoint &p : pool::runPoolSweep(
             varied.path(), {pool::Kind::Process, pool::Kind::Thread}, pool::DefaultChunk))
        sweep.append(QJsonObject{{"kind", p.kind == pool::Kind::Process ? "process" : "thread"},
                                 {"workers", p.workers},
                                 {"elapsed_ms", p.elapsedMs},
                                 {"startup_ms", p.startupMs},
                                 {"verified", p.verified}});
    out.insert("sweep", sweep);
    out.insert("cpus", QThread::idealThreadCount());
    return out;
}

} // namespace bench
