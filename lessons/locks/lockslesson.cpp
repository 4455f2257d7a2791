#include "lockslesson.h"

#include "locks/locksdemo.h"
#include "locks/lockspanel.h"

namespace locks {

namespace {

// `--run race`: the panel's demo at full speed, headless, with the command line's knobs.
widgets::RunDemo raceDemo()
{
    using widgets::DemoOption;
    widgets::RunDemo d;
    d.name = QStringLiteral("race");
    d.help = QT_TRANSLATE_NOOP("Locks", "N threads each run n += 1 K times; prints how many "
                                        "updates were lost");
    const RaceOptions defaults;
    d.options = {
        DemoOption::integer(QStringLiteral("threads"), 1, MaxThreads, defaults.threads,
                            QStringLiteral("N"), QT_TRANSLATE_NOOP("Locks", "real threads")),
        DemoOption::integer(QStringLiteral("iterations"), 1, MaxIterations, defaults.iterations,
                            QStringLiteral("K"),
                            QT_TRANSLATE_NOOP("Locks", "increments per thread")),
        DemoOption::choice(QStringLiteral("lock"), {QStringLiteral("on"), QStringLiteral("off")},
                           QStringLiteral("off"),
                           QT_TRANSLATE_NOOP("Locks", "protect read-add-write with a mutex")),
        DemoOption::choice(QStringLiteral("window"),
                           {QStringLiteral("none"), QStringLiteral("yield")},
                           QStringLiteral("none"),
                           QT_TRANSLATE_NOOP("Locks", "yield between the read and the write")),
    };
    d.run = [](const widgets::DemoValues &v) {
        RaceOptions o;
        o.threads = int(v.value(QStringLiteral("threads")).toLongLong());
        o.iterations = v.value(QStringLiteral("iterations")).toLongLong();
        o.lock = v.value(QStringLiteral("lock")).toString() == QLatin1String("on");
        o.window = v.value(QStringLiteral("window")).toString() == QLatin1String("yield")
                       ? Window::Yield
                       : Window::None;
        const RaceResult r = runRace(o);
        return widgets::DemoResult{{QStringLiteral("expected"), qint64(r.expected)},
                                   {QStringLiteral("actual"), qint64(r.actual)},
                                   {QStringLiteral("lost"), qint64(r.lost)},
                                   {QStringLiteral("elapsed_ms"), r.elapsedMs}};
    };
    return d;
}

} // namespace

const widgets::Lesson &lesson()
{
    static const widgets::Lesson l = [] {
        widgets::Lesson x;
        x.id = QStringLiteral("locks");
        x.trContext = "Locks";
        x.title = QT_TRANSLATE_NOOP("Locks", "Thread safety and locks");
        x.panel = [](QWidget *parent) { return new LocksPanel(parent); };
        x.demos = {raceDemo()};
        return x;
    }();
    return l;
}

} // namespace locks
