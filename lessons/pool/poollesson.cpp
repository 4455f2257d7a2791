#include "poollesson.h"

#include "pool/pooldemo.h"
#include "pool/poolpanel.h"
#include "pool/poolrun.h"

#include <QTextStream>

namespace pool {

namespace {

widgets::DemoOption srcOption()
{
    return widgets::DemoOption::text(
        QStringLiteral("src"), QStringLiteral("DIR"),
        QT_TRANSLATE_NOOP("Pool", "folder to copy (not given: a generated folder of 100 files)"));
}

widgets::DemoOption chunkOption()
{
    return widgets::DemoOption::integer(
        QStringLiteral("chunk"), 1, MaxChunk, DefaultChunk, QStringLiteral("BYTES"),
        QT_TRANSLATE_NOOP("Pool", "bytes per read (the notes read 1024)"));
}

// The options one by one (the kit checked each) as the engine's; the demo checks them together.
RunOptions options(const widgets::DemoValues &v, bool json)
{
    RunOptions o;
    o.copy.src = v.value(QStringLiteral("src")).toString();
    o.copy.dst = v.value(QStringLiteral("dst")).toString();
    o.copy.workers = int(v.value(QStringLiteral("workers"), DefaultWorkers).toLongLong());
    o.copy.chunk = v.value(QStringLiteral("chunk")).toLongLong();
    const QString kind = v.value(QStringLiteral("kind")).toString();
    o.copy.kind = kind == QLatin1String("thread") ? Kind::Thread : Kind::Process;
    o.kindGiven = kind != QLatin1String("both");
    o.json = json;
    return o;
}

// `--run pool-copy`: prints itself, as it can fail after its options were each fine (a
// destination inside the source: exit 2, nothing written; a copy that stopped: exit 1).
widgets::RunDemo copyDemo()
{
    using widgets::DemoOption;
    widgets::RunDemo d;
    d.name = QStringLiteral("pool-copy");
    d.help = QT_TRANSLATE_NOOP("Pool", "copies a folder with a pool of N worker processes (or "
                                       "threads), verifying every file");
    d.options = {
        srcOption(),
        DemoOption::text(QStringLiteral("dst"), QStringLiteral("DIR"),
                         QT_TRANSLATE_NOOP("Pool", "new folder to copy into (required)")),
        DemoOption::integer(QStringLiteral("workers"), 1, MaxWorkers, DefaultWorkers,
                            QStringLiteral("N"), QT_TRANSLATE_NOOP("Pool", "pool size")),
        DemoOption::choice(QStringLiteral("kind"),
                           {QStringLiteral("process"), QStringLiteral("thread")},
                           QStringLiteral("process"),
                           QT_TRANSLATE_NOOP("Pool", "worker processes or a thread pool")),
        chunkOption(),
    };
    d.command = [](const widgets::DemoValues &v, bool json, QTextStream &out, QTextStream &err) {
        return execute(QStringLiteral("pool-copy"), options(v, json), out, err);
    };
    return d;
}

// `--run pool-sweep`: the copy timed for each pool size, a table (or JSON list) of points.
widgets::RunDemo sweepDemo()
{
    using widgets::DemoOption;
    widgets::RunDemo d;
    d.name = QStringLiteral("pool-sweep");
    d.help = QT_TRANSLATE_NOOP("Pool", "times the copy with pools of 1, 2, 5, 10, 20, 50 and "
                                       "100 workers");
    d.options = {
        srcOption(),
        DemoOption::choice(
            QStringLiteral("kind"),
            {QStringLiteral("process"), QStringLiteral("thread"), QStringLiteral("both")},
            QStringLiteral("both"), QT_TRANSLATE_NOOP("Pool", "which pools to time")),
        chunkOption(),
    };
    d.command = [](const widgets::DemoValues &v, bool json, QTextStream &out, QTextStream &err) {
        return execute(QStringLiteral("pool-sweep"), options(v, json), out, err);
    };
    return d;
}

} // namespace

const widgets::Lesson &lesson()
{
    static const widgets::Lesson l = [] {
        widgets::Lesson x;
        x.id = QStringLiteral("pool");
        x.trContext = "Pool";
        x.title = QT_TRANSLATE_NOOP("Pool", "Process pool");
        x.panel = [](QWidget *parent) { return new PoolPanel(parent); };
        x.demos = {copyDemo(), sweepDemo()};
        for (const auto &[name, body] : childBodies()) // "pool.copy" → "copy"
            x.workers.push_back({name.section(QLatin1Char('.'), 1), body});
        return x;
    }();
    return l;
}

} // namespace pool
