#include "poolrun.h"

#include "tr.h"

#include "samplefolder.h"
#include "tempfolders.h"
#include "threadcopy.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>
#include <map>

namespace pool {

namespace {

QString badValue(const QString &option, const QString &value, const QString &allowed)
{
    return Tr::tr("Bad value '%1' for %2: %3").arg(value, option, allowed);
}

QString kindKey(Kind k)
{
    return k == Kind::Process ? QStringLiteral("process") : QStringLiteral("thread");
}

/// Time until every first worker took its first step, from the trace.
double startupOf(const std::vector<stage::Event> &events, int workers)
{
    std::map<int, std::int64_t> first;
    for (const stage::Event &e : events)
        if (e.kind == stage::EventKind::Step && e.worker > 0 && e.worker <= workers)
            first.emplace(e.worker, e.tNs);
    std::int64_t last = 0;
    for (const auto &[w, t] : first)
        last = std::max(last, t);
    return double(last) / 1e6;
}

} // namespace

std::vector<int> sweepSizes()
{
    return {1, 2, 5, 10, 20, 50, 100};
}

QStringList runOptionNames(const QString &demo)
{
    QStringList names{QStringLiteral("--src"), QStringLiteral("--kind"), QStringLiteral("--chunk"),
                      QStringLiteral("--json")};
    if (demo == QLatin1String("pool-copy"))
        names << QStringLiteral("--dst") << QStringLiteral("--workers");
    return names;
}

QString setRunOption(RunOptions &o, const QString &demo, const QString &option,
                     const QString &value)
{
    if (!runOptionNames(demo).contains(option))
        return Tr::tr("Unknown option '%1' for --run %2: the options are %3")
            .arg(option, demo, runOptionNames(demo).join(QLatin1String(", ")));
    if (option == QLatin1String("--src")) {
        o.copy.src = value;
    } else if (option == QLatin1String("--dst")) {
        o.copy.dst = value;
    } else if (option == QLatin1String("--workers")) {
        bool ok = false;
        const int n = value.toInt(&ok);
        if (!ok || n < 1 || n > MaxWorkers)
            return badValue(option, value,
                            Tr::tr("expected a whole number from 1 to %1").arg(MaxWorkers));
        o.copy.workers = n;
    } else if (option == QLatin1String("--kind")) {
        if (value != QLatin1String("process") && value != QLatin1String("thread"))
            return badValue(option, value, Tr::tr("expected process or thread"));
        o.copy.kind = value == QLatin1String("process") ? Kind::Process : Kind::Thread;
        o.kindGiven = true;
    } else if (option == QLatin1String("--chunk")) {
        bool ok = false;
        const qint64 n = value.toLongLong(&ok);
        if (!ok || n < 1 || n > MaxChunk)
            return badValue(option, value,
                            Tr::tr("expected a number of bytes from 1 to %1 (the notes read "
                                   "1024 at a time)")
                                .arg(MaxChunk));
        o.copy.chunk = n;
    } else if (option == QLatin1String("--json")) {
        o.json = true;
    }
    return {};
}

CopyResult runPoolCopy(const CopyPlan &plan, const CopyOptions &o)
{
    if (o.kind == Kind::Thread)
        return runThreadCopy(plan, o.workers, o.chunk);
    QElapsedTimer clock;
    clock.start();
    PoolDemo demo(plan, o.workers, o.chunk);
    if (!demo.error().isEmpty()) {
        CopyResult r;
        r.error = demo.error();
        return r;
    }
    demo.stage().setPacing(stage::Pacing::FullSpeed);
    std::vector<stage::Event> events;
    demo.start();
    demo.stage().wait(); // a copy records a few events per file: far below the trace's bound
    events = demo.stage().drain();
    stage::Scene scene(demo.stage().info());
    scene.apply(events);
    CopyResult r = demo.resultOf(scene);
    r.elapsedMs = double(clock.nsecsElapsed()) / 1e6;
    r.startupMs = startupOf(events, std::min<int>(o.workers, int(plan.files.size())));
    return r;
}

std::vector<SweepPoint> runPoolSweep(const QString &src, const std::vector<Kind> &kinds,
                                     qint64 chunk)
{
    std::vector<SweepPoint> points;
    for (Kind kind : kinds)
        for (int n : sweepSizes()) {
            QTemporaryDir dst(tempFolderTemplate(QStringLiteral("dst")));
            QString error;
            const auto plan = planCopy(src, dst.path() + QStringLiteral("/copy"), &error);
            if (!plan)
                continue;
            const CopyResult r = runPoolCopy(*plan, {src, plan->dst, n, kind, chunk});
            points.push_back({kind, n, r.elapsedMs, r.startupMs, r.verified, r.files});
        }
    return points;
}

QString formatCopy(const CopyResult &r, bool json)
{
    if (json) {
        QJsonObject o{{"files", r.files},         {"bytes", r.bytes},
                      {"verified", r.verified},   {"elapsed_ms", r.elapsedMs},
                      {"workers", r.workers},     {"kind", kindKey(r.kind)},
                      {"replaced", r.replaced},   {"startup_ms", r.startupMs},
                      {"failures", QJsonArray::fromStringList(r.failures)}};
        if (!r.failures.isEmpty() || !r.error.isEmpty())
            o.insert(QStringLiteral("copied"), QJsonArray::fromStringList(r.copied));
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) + '\n';
    }
    QString s = QStringLiteral("files: %1\nbytes: %2\nverified: %3\nelapsed_ms: %4\nworkers: "
                               "%5\nkind: %6\nreplaced: %7\nstartup_ms: %8\n")
                    .arg(r.files)
                    .arg(r.bytes)
                    .arg(r.verified)
                    .arg(r.elapsedMs, 0, 'f', 3)
                    .arg(r.workers)
                    .arg(kindKey(r.kind))
                    .arg(r.replaced)
                    .arg(r.startupMs, 0, 'f', 3);
    for (const QString &f : r.failures)
        s += QStringLiteral("failed: %1\n").arg(f);
    if (!r.failures.isEmpty() || !r.error.isEmpty())
        for (const QString &c : r.copied)
            s += QStringLiteral("copied: %1\n").arg(c);
    return s;
}

QString formatSweep(const std::vector<SweepPoint> &points, bool json)
{
    if (json) {
        QJsonArray a;
        for (const SweepPoint &p : points)
            a.append(QJsonObject{{"kind", kindKey(p.kind)},
                                 {"workers", p.workers},
                                 {"elapsed_ms", p.elapsedMs},
                                 {"startup_ms", p.startupMs},
                                 {"verified", p.verified},
                                 {"files", p.files}});
        return QString::fromUtf8(QJsonDocument(QJsonObject{{"points", a}}).toJson(
                   QJsonDocument::Compact)) +
               '\n';
    }
    QString s = QStringLiteral("kind     workers  elapsed_ms  startup_ms  verified\n");
    for (const SweepPoint &p : points)
        s += QStringLiteral("%1 %2 %3 %4 %5/%6\n")
                 .arg(kindKey(p.kind), -8)
                 .arg(p.workers, 7)
                 .arg(p.elapsedMs, 11, 'f', 1)
                 .arg(p.startupMs, 11, 'f', 1)
                 .arg(p.verified, 5)
                 .arg(p.files);
    return s;
}

int runCommand(const QString &demo, const QStringList &args, QTextStream &out, QTextStream &err)
{
    RunOptions o;
    for (int i = 0; i < args.size(); ++i) {
        QString option = args[i];
        QString value;
        if (option.startsWith(QLatin1String("--")) && option.contains(QLatin1Char('='))) {
            value = option.section(QLatin1Char('='), 1);
            option = option.section(QLatin1Char('='), 0, 0);
        } else if (option != QLatin1String("--json") && runOptionNames(demo).contains(option)) {
            if (i + 1 >= args.size()) {
                err << Tr::tr("Option %1 needs a value").arg(option) << '\n';
                return 2;
            }
            value = args[++i];
        }
        if (const QString e = setRunOption(o, demo, option, value); !e.isEmpty()) {
            err << e << '\n';
            return 2;
        }
    }
    return execute(demo, o, out, err);
}

int execute(const QString &demo, RunOptions o, QTextStream &out, QTextStream &err)
{
    std::unique_ptr<SampleFolder> sample;
    if (o.copy.src.isEmpty()) { // the lesson's own folder, removed on the way out
        sample = std::make_unique<SampleFolder>();
        if (!sample->isValid()) {
            err << Tr::tr("Cannot create the sample folder in %1").arg(QDir::tempPath()) << '\n';
            return 1;
        }
        o.copy.src = sample->path();
    }
    if (demo == QLatin1String("pool-sweep")) {
        QString error;
        if (!planCopy(o.copy.src, QDir::tempPath() + QStringLiteral("/cc-pool-sweep-check"),
                      &error)) {
            err << error << '\n';
            return 2;
        }
        std::vector<Kind> kinds{o.copy.kind};
        if (!o.kindGiven)
            kinds = {Kind::Process, Kind::Thread};
        out << formatSweep(runPoolSweep(o.copy.src, kinds, o.copy.chunk), o.json);
        return 0;
    }
    QString error;
    const auto plan = planCopy(o.copy.src, o.copy.dst, &error);
    if (!plan) {
        err << error << '\n';
        return 2;
    }
    const CopyResult r = runPoolCopy(*plan, o.copy);
    out << formatCopy(r, o.json);
    if (!r.error.isEmpty() || !r.failures.isEmpty()) {
        err << Tr::tr("The copy stopped: %1").arg(r.error.isEmpty() ? r.failures.first() : r.error)
            << '\n';
        return 1;
    }
    return 0;
}

} // namespace pool
