#include "taskwork.h"

#include "multitasking/tr.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <sched.h>
#include <set>

namespace multitasking {

namespace {

/// Chunks per task by default: about half a second of work each on a 2020s laptop core.
constexpr int DefaultCpuChunks = 400;
constexpr int DefaultIoChunks = 50;
/// Numbers tested per CPU chunk: about a millisecond, shorter than a kernel time slice, so the
/// chunks show where the slices begin and end.
constexpr std::int64_t DefaultSpan = 1500;
/// Far enough out that trial division costs about the same for every chunk.
constexpr std::int64_t Base = 50'000'000;

} // namespace

int TasksOptions::chunkCount() const
{
    if (chunks > 0)
        return chunks;
    return kind == Kind::Cpu ? DefaultCpuChunks : DefaultIoChunks;
}

std::int64_t TasksOptions::span() const
{
    return cpuSpan > 0 ? cpuSpan : DefaultSpan;
}

QStringList stepNames()
{
    return {QStringLiteral("sing"), QStringLiteral("dance")};
}

QString modeKey(Mode mode)
{
    return modeKeys().at(int(mode));
}

QString kindKey(Kind kind)
{
    return kindKeys().at(int(kind));
}

QStringList modeKeys()
{
    return {QStringLiteral("sync"), QStringLiteral("async"), QStringLiteral("parallel"),
            QStringLiteral("concurrent")};
}

QStringList kindKeys()
{
    return {QStringLiteral("cpu"), QStringLiteral("io")};
}

std::optional<Mode> modeFromKey(const QString &key)
{
    const int i = modeKeys().indexOf(key);
    return i < 0 ? std::nullopt : std::optional<Mode>(Mode(i));
}

std::optional<Kind> kindFromKey(const QString &key)
{
    const int i = kindKeys().indexOf(key);
    return i < 0 ? std::nullopt : std::optional<Kind>(Kind(i));
}

QString applyOption(TasksOptions &options, const QString &name, const QString &value)
{
    if (name == QLatin1String("mode")) {
        if (const auto m = modeFromKey(value)) {
            options.mode = *m;
            return {};
        }
        return Tr::tr("unknown value '%1' for --mode: expected one of %2")
            .arg(value, modeKeys().join(QLatin1String(", ")));
    }
    if (name == QLatin1String("kind")) {
        if (const auto k = kindFromKey(value)) {
            options.kind = *k;
            return {};
        }
        return Tr::tr("unknown value '%1' for --kind: expected one of %2")
            .arg(value, kindKeys().join(QLatin1String(", ")));
    }
    return Tr::tr("unknown option --%1 for --run tasks: expected --mode or --kind").arg(name);
}

std::vector<int> allowedCpus()
{
    cpu_set_t set;
    CPU_ZERO(&set);
    std::vector<int> cpus;
    if (sched_getaffinity(0, sizeof set, &set) != 0)
        return cpus;
    for (int c = 0; c < CPU_SETSIZE; ++c)
        if (CPU_ISSET(c, &set))
            cpus.push_back(c);
    return cpus;
}

QString unavailableReason(Mode mode)
{
    if (mode != Mode::Parallel)
        return {};
    const auto cpus = allowedCpus();
    if (cpus.size() >= 2)
        return {};
    return Tr::tr("Parallel needs two CPUs, and this computer lets the classroom use only %n.", "",
                  int(cpus.size()));
}

std::vector<int> pinPlan(const TasksOptions &options)
{
    if (options.mode != Mode::Parallel && options.mode != Mode::Concurrent)
        return {};
    std::vector<int> cpus = options.pinTo.empty() ? allowedCpus() : options.pinTo;
    if (cpus.empty())
        cpus.push_back(0);
    if (options.mode == Mode::Concurrent)
        return {cpus[0], cpus[0]};
    return {cpus[0], cpus.size() > 1 ? cpus[1] : cpus[0]};
}

QString pinCurrentThread(int cpu)
{
    if (cpu < 0 || cpu >= CPU_SETSIZE)
        return Tr::tr("CPU %1 does not exist (this computer numbers CPUs 0 to %2)")
            .arg(cpu)
            .arg(CPU_SETSIZE - 1);
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(cpu, &set);
    if (sched_setaffinity(0, sizeof set, &set) != 0) {
        const int err = errno;
        return Tr::tr("the system refused to pin a thread to CPU %1: %2")
            .arg(cpu)
            .arg(QString::fromLocal8Bit(std::strerror(err)));
    }
    return {};
}

std::int64_t countPrimes(std::int64_t from, std::int64_t span)
{
    std::int64_t found = 0;
    for (std::int64_t n = from; n < from + span; ++n) {
        if (n < 2 || (n % 2 == 0 && n != 2))
            continue;
        bool prime = true;
        for (std::int64_t d = 3; d * d <= n; d += 2)
            if (n % d == 0) {
                prime = false;
                break;
            }
        found += prime ? 1 : 0;
    }
    return found;
}

std::int64_t countPrimesTimed(std::int64_t from, std::int64_t span, OffCpu &off)
{
    // One number takes microseconds; a gap of this much means the thread was not running.
    constexpr std::int64_t Gap = 60'000;
    off = {};
    const auto start = std::chrono::steady_clock::now();
    auto last = start;
    std::int64_t found = 0;
    for (std::int64_t n = from; n < from + span; n += 16) {
        found += countPrimes(n, std::min<std::int64_t>(16, from + span - n));
        const auto now = std::chrono::steady_clock::now();
        const std::int64_t gap = (now - last).count();
        if (gap > Gap && gap > off.ns)
            off = {(last - start).count(), gap};
        last = now;
    }
    return found;
}

std::int64_t chunkStart(std::int64_t index, std::int64_t span)
{
    return Base + index * span;
}

std::vector<Chunk> chunksFrom(std::span<const stage::Event> events)
{
    std::vector<Chunk> out;
    for (const stage::Event &e : events) {
        if (e.kind != stage::EventKind::Step ||
            (e.step != int(Step::Sing) && e.step != int(Step::Dance)))
            continue;
        Chunk c;
        c.task = e.step;
        c.worker = e.worker;
        c.index = e.valueOr(ChunkKey, -1);
        c.t1Ns = e.tNs;
        c.t0Ns = std::max<std::int64_t>(0, e.tNs - e.valueOr(DurationKey, 0));
        c.cpu = e.cpu;
        c.offAtNs = e.valueOr(OffAtKey, 0);
        c.offNs = e.valueOr(OffKey, 0);
        out.push_back(c);
    }
    return out;
}

void summarize(const std::vector<Chunk> &chunks, TasksResult &result)
{
    std::set<int> cpus;
    std::int64_t first[2] = {-1, -1};
    std::int64_t last[2] = {0, 0};
    result.chunksDone[0] = result.chunksDone[1] = 0;
    for (const Chunk &c : chunks) {
        if (c.cpu >= 0)
            cpus.insert(c.cpu);
        const int t = c.task == 1 ? 1 : 0;
        if (first[t] < 0 || c.t0Ns < first[t])
            first[t] = c.t0Ns;
        last[t] = std::max(last[t], c.t1Ns);
        ++result.chunksDone[t];
    }
    for (int t = 0; t < 2; ++t)
        result.taskMs[t] = first[t] < 0 ? 0 : double(last[t] - first[t]) / 1e6;
    result.cpus.assign(cpus.begin(), cpus.end());
}

int switches(std::vector<Chunk> chunks)
{
    std::stable_sort(chunks.begin(), chunks.end(),
                     [](const Chunk &a, const Chunk &b) { return a.t1Ns < b.t1Ns; });
    int n = 0;
    for (std::size_t i = 1; i < chunks.size(); ++i)
        n += chunks[i].task != chunks[i - 1].task ? 1 : 0;
    return n;
}

QList<QPair<QString, QVariant>> resultPairs(const TasksResult &result)
{
    QVariantList cpus;
    for (int c : result.cpus)
        cpus.append(c);
    return {{QStringLiteral("mode"), modeKey(result.mode)},
            {QStringLiteral("kind"), kindKey(result.kind)},
            {QStringLiteral("elapsed_ms"), result.elapsedMs},
            {QStringLiteral("cpus"), cpus}};
}

QString formatResult(const TasksResult &result, bool json)
{
    const auto pairs = resultPairs(result);
    if (json) {
        QJsonObject o;
        for (const auto &[key, value] : pairs)
            o.insert(key, QJsonValue::fromVariant(value));
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) + u'\n';
    }
    QString out;
    for (const auto &[key, value] : pairs) {
        QString text;
        if (value.typeId() == QMetaType::Double)
            text = QString::number(value.toDouble(), 'f', 3);
        else if (value.typeId() == QMetaType::QVariantList) {
            QStringList items;
            for (const QVariant &v : value.toList())
                items.append(v.toString());
            text = items.join(QLatin1Char(' '));
        } else
            text = value.toString();
        out += key + QLatin1String(": ") + text + u'\n';
    }
    return out;
}

} // namespace multitasking
