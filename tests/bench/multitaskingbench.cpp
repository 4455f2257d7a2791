#include "multitaskingbench.h"

#include "multitasking/asynctasks.h"
#include "threads/creationcost.h"

#include <QFile>
#include <QJsonArray>
#include <algorithm>
#include <vector>

namespace bench {

namespace {

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

double medianElapsed(multitasking::Mode mode, multitasking::Kind kind, int runs, QJsonArray *cpus)
{
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        multitasking::TasksOptions o;
        o.mode = mode;
        o.kind = kind;
        const multitasking::TasksResult r = multitasking::runTasks(o);
        if (!r.error.isEmpty())
            return -1;
        ms.push_back(r.elapsedMs);
        if (i == 0)
            for (int c : r.cpus)
                cpus->append(c);
    }
    return median(ms);
}

} // namespace

QJsonObject tasksRatios(int runs)
{
    using multitasking::Kind;
    using multitasking::Mode;
    QJsonObject out;
    double ms[2][4] = {};
    for (Kind kind : {Kind::Cpu, Kind::Io}) {
        QJsonObject byMode;
        for (Mode mode : {Mode::Sync, Mode::Async, Mode::Parallel, Mode::Concurrent}) {
            QJsonArray cpus;
            const double m = medianElapsed(mode, kind, runs, &cpus);
            ms[int(kind)][int(mode)] = m;
            byMode.insert(multitasking::modeKey(mode),
                          QJsonObject{{"median_ms", m}, {"cpus_first_run", cpus}});
        }
        out.insert(multitasking::kindKey(kind), byMode);
    }
    const auto ratio = [&ms](Kind k, Mode a, Mode b) {
        return ms[int(k)][int(b)] > 0 && ms[int(k)][int(a)] > 0
                   ? ms[int(k)][int(a)] / ms[int(k)][int(b)]
                   : -1.0;
    };
    const double cpuParallel = ratio(Kind::Cpu, Mode::Parallel, Mode::Sync);
    const double ioConcurrent = ratio(Kind::Io, Mode::Concurrent, Mode::Sync);
    out.insert("cpu_parallel_over_sync", cpuParallel);
    out.insert("cpu_concurrent_over_sync", ratio(Kind::Cpu, Mode::Concurrent, Mode::Sync));
    out.insert("io_concurrent_over_sync", ioConcurrent);
    out.insert("io_parallel_over_sync", ratio(Kind::Io, Mode::Parallel, Mode::Sync));
    out.insert("cpu_parallel_target", 0.6);
    out.insert("io_concurrent_target", 0.55);
    out.insert("meets_targets",
               cpuParallel > 0 && cpuParallel <= 0.6 && ioConcurrent > 0 && ioConcurrent <= 0.55);
    out.insert("runs", runs);
    // Wall-time ratios depend on what else the machine runs: say how busy it was.
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    if (loadavg.open(QIODevice::ReadOnly))
        out.insert("loadavg_after", QString::fromLatin1(loadavg.readAll()).section(' ', 0, 2));
    return out;
}

QJsonObject creationCost(int runs)
{
    QJsonArray points;
    QString error;
    for (int n : threads::defaultCreationCounts()) {
        std::vector<double> t, p;
        for (int i = 0; i < runs; ++i) {
            t.push_back(threads::threadCreationMs(n));
            p.push_back(threads::processCreationMs(n, &error));
        }
        const double tm = median(t), pm = median(p);
        points.append(QJsonObject{{"n", n},
                                  {"threads_ms", tm},
                                  {"processes_ms", pm},
                                  {"process_over_thread", tm > 0 ? pm / tm : -1.0}});
    }
    return {{"points", points}, {"runs", runs}, {"error", error}, {"program", "/bin/true"}};
}

} // namespace bench
