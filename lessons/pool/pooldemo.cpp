#include "pooldemo.h"

#include "tempfolders.h"

#include <QFile>
#include <csignal>
#include <cstdio>
#include <cstdlib>

namespace pool {

namespace {

using stage::ObjectKind;
using stage::Value;
using stage::Worker;

/// Bytes copied between two visible steps of a worker: the step is one group of chunks, so a
/// 1 KiB chunk does not make a million steps, and a grant in scheduler mode moves a visible bar.
constexpr qint64 StepBytes = 256 * 1024;

[[noreturn]] void badWorkerArguments(const QStringList &args)
{
    std::fprintf(stderr,
                 "--worker pool.copy: bad arguments '%s': expected WORKDIR CHUNK TOKEN (a work "
                 "folder made by the pool, a chunk from 1 to %lld bytes, a worker token)\n",
                 qPrintable(args.join(QLatin1Char(' '))), static_cast<long long>(MaxChunk));
    std::fflush(stderr);
    std::_Exit(2);
}

void setTask(Worker &w, int id, TaskState state, const QString &rel)
{
    w.set(ObjectKind::Task, id, int(state), {Value::str("task", rel.toStdString())});
}

/// One worker of the pool: takes tasks until none is left (the child process's body).
void copyWorker(Worker &w)
{
    const QStringList args = stage::ChildRuntime::arguments();
    bool ok = false;
    const qint64 chunk = args.value(1).toLongLong(&ok);
    WorkDir work;
    if (args.size() != 3 || !ok || chunk < 1 || chunk > MaxChunk || args[2].isEmpty() ||
        !work.open(args[0]))
        badWorkerArguments(args);
    const QString token = args[2];
    for (;;) {
        if (work.stopRequested())
            break;
        const int id = work.claimNext(token);
        if (id < 0)
            break;
        const FileTask &t = work.plan().files[std::size_t(id)];
        const std::string rel = t.rel.toStdString();
        setTask(w, id, TaskState::Running, t.rel);
        w.at(int(Step::Take), {Value::str("task", rel), {"bytes", 0}});
        qint64 shown = 0;
        const CopyOutcome c =
            copyFile(work.sourcePath(id), work.tempPath(id, token), work.finalPath(id), chunk,
                     [&](qint64 bytes) {
                         if (bytes - shown >= StepBytes || (bytes == t.size && bytes != shown)) {
                             shown = bytes;
                             w.at(int(Step::Copy), {{"bytes", bytes}});
                         }
                         return true;
                     });
        if (!c.ok) {
            work.markFailed(id, c.error);
            setTask(w, id, TaskState::Failed, t.rel);
            w.at(int(Step::Verify),
                 {Value::str("task", rel), Value::str("error", c.error.toStdString())});
            break;
        }
        w.at(int(Step::Verify), {{"bytes", c.bytes}}); // size and XXH3 hash checked
        work.markDone(id);
        setTask(w, id, TaskState::Done, t.rel);
        w.at(int(Step::Done), {{"bytes", c.bytes}});
    }
    work.markEnded(token);
}

} // namespace

stage::ChildRuntime::Bodies childBodies()
{
    return {{QStringLiteral("pool.copy"), copyWorker}};
}

PoolDemo::PoolDemo(const CopyPlan &plan, int workers, qint64 chunk, const QString &program)
    : m_plan(plan), m_workers(std::clamp(workers, 1, MaxWorkers)),
      m_chunk(std::clamp<qint64>(chunk, 1, MaxChunk)), m_program(program),
      m_dir((removeStaleFoldersOnce(), tempFolderTemplate(QStringLiteral("work")))),
      m_stage(std::make_unique<stage::Stage>())
{
    if (!m_dir.isValid())
        m_error = m_dir.errorString();
    else if (!WorkDir::create(m_dir.path(), m_plan, &m_error) || !m_work.open(m_dir.path()))
        m_error = m_error.isEmpty() ? QStringLiteral("cannot write the task list") : m_error;
    m_stage->setSteps(stepNames());
    // A few events per file: keep them all, even at full speed, so every task's state shows.
    m_stage->setSampleShift(0);
    m_tokens.emplace_back();
    m_stage->addWorker(QStringLiteral("main"), [this](Worker &w) { parentBody(w); });
}

PoolDemo::~PoolDemo()
{
    m_stage->stop();
    // Killed workers leave partial files under their temporary names: take them away.
    std::lock_guard lock(m_tokensMutex);
    for (const QString &token : m_tokens)
        if (!token.isEmpty())
            m_work.release(token);
}

void PoolDemo::start()
{
    m_stage->start();
}

bool PoolDemo::killWorker(int worker)
{
    return worker != ParentWorker && m_stage->kill(worker, SIGKILL);
}

QStringList PoolDemo::stepNames()
{
    return {QStringLiteral("spawn"),  QStringLiteral("wait"), QStringLiteral("requeue"),
            QStringLiteral("finish"), QStringLiteral("take"), QStringLiteral("copy"),
            QStringLiteral("verify"), QStringLiteral("done")};
}

int PoolDemo::spawn(Worker &w)
{
    const QString token = QStringLiteral("w%1").arg(++m_spawned);
    w.at(int(Step::Spawn), {{"n", m_spawned}});
    std::lock_guard lock(m_tokensMutex);
    const int id = m_stage->addProcess(QStringLiteral("P%1").arg(m_spawned),
                                       {m_program,
                                        {QStringLiteral("--worker"), QStringLiteral("pool.copy"),
                                         m_work.path(), QString::number(m_chunk), token}});
    if (id >= 0) {
        if (std::size_t(id) >= m_tokens.size())
            m_tokens.resize(std::size_t(id) + 1);
        m_tokens[std::size_t(id)] = token;
    }
    return id;
}

void PoolDemo::parentBody(Worker &w)
{
    if (!m_error.isEmpty())
        return;
    for (int i = 0; i < int(m_plan.files.size()); ++i)
        setTask(w, i, TaskState::Waiting, m_plan.files[std::size_t(i)].rel);
    std::vector<int> active;
    const int pool = std::min<int>(m_workers, std::max<int>(1, int(m_plan.files.size())));
    for (int i = 0; i < pool && !m_plan.files.empty(); ++i)
        if (const int id = spawn(w); id >= 0)
            active.push_back(id);
    // A pool replaces a dead worker; a run that keeps killing them still ends.
    const int maxSpawns = pool + int(m_plan.files.size()) + 16;
    while (!active.empty()) {
        w.at(int(Step::Wait), {{"done", m_work.doneCount()}});
        const int ended = m_stage->joinAny(w, active);
        active.erase(std::find(active.begin(), active.end(), ended));
        QString token;
        {
            std::lock_guard lock(m_tokensMutex);
            token = m_tokens[std::size_t(ended)];
        }
        if (m_work.ended(token))
            continue;
        // It died: what it held goes back in the queue, and a new worker takes its place.
        const std::vector<int> back = m_work.release(token);
        for (int id : back)
            setTask(w, id, TaskState::Waiting, m_plan.files[std::size_t(id)].rel);
        w.at(int(Step::Requeue), {{"requeued", qint64(back.size())}});
        if (!m_work.stopRequested() && m_work.doneCount() < int(m_plan.files.size()) &&
            m_spawned < maxSpawns)
            if (const int id = spawn(w); id >= 0) {
                active.push_back(id);
                m_replaced.fetch_add(1);
            }
    }
    w.at(int(Step::Finish), {{"done", m_work.doneCount()}});
    w.finish({{"done", m_work.doneCount()}});
}

CopyResult PoolDemo::resultOf(const stage::Scene &scene) const
{
    CopyResult r;
    r.files = int(m_plan.files.size());
    r.bytes = m_plan.bytes;
    r.workers = m_workers;
    r.kind = Kind::Process;
    r.replaced = m_replaced.load();
    r.error = m_error;
    const auto &tasks = scene.tasks();
    for (std::size_t i = 0; i < tasks.size() && i < m_plan.files.size(); ++i)
        if (tasks[i].state == int(TaskState::Done)) {
            ++r.verified;
            r.copied << m_plan.files[i].rel;
        }
    r.failures = m_work.failures();
    if (r.verified < r.files && r.failures.isEmpty() && r.error.isEmpty())
        r.error =
            QStringLiteral("%1 of %2 files were not copied").arg(r.files - r.verified).arg(r.files);
    return r;
}

} // namespace pool
