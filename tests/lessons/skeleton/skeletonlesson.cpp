#include "skeletonlesson.h"

#include "skeleton/skeletondemo.h"
#include "skeleton/skeletonpanel.h"

namespace skeleton {

namespace {

widgets::RunDemo countDemo()
{
    using widgets::DemoOption;
    widgets::RunDemo d;
    d.name = QStringLiteral("count");
    d.help = QT_TRANSLATE_NOOP("Skeleton", "N threads each take K steps");
    const CountOptions defaults;
    d.options = {
        DemoOption::integer(QStringLiteral("workers"), 1, MaxWorkers, defaults.workers,
                            QStringLiteral("N"), QT_TRANSLATE_NOOP("Skeleton", "real threads")),
        DemoOption::integer(QStringLiteral("steps"), 1, MaxSteps, defaults.steps,
                            QStringLiteral("K"), QT_TRANSLATE_NOOP("Skeleton", "steps each")),
    };
    d.run = [](const widgets::DemoValues &v) {
        CountOptions o;
        o.workers = int(v.value(QStringLiteral("workers")).toLongLong());
        o.steps = v.value(QStringLiteral("steps")).toLongLong();
        const double ms = runCount(o);
        return widgets::DemoResult{{QStringLiteral("workers"), qint64(o.workers)},
                                   {QStringLiteral("steps"), qint64(o.workers) * o.steps},
                                   {QStringLiteral("elapsed_ms"), ms}};
    };
    return d;
}

} // namespace

const widgets::Lesson &lesson()
{
    static const widgets::Lesson l = [] {
        widgets::Lesson x;
        x.id = QStringLiteral("skeleton");
        x.trContext = "Skeleton";
        x.title = QT_TRANSLATE_NOOP("Skeleton", "Skeleton lesson");
        x.panel = [](QWidget *parent) { return new SkeletonPanel(parent); };
        x.demos = {countDemo()};
        x.workers = {{QStringLiteral("count"),
                      [](stage::Worker &w) { SkeletonDemo::count(w, CountOptions{}.steps); }}};
        return x;
    }();
    return l;
}

} // namespace skeleton
