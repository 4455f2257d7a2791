#include "threadslesson.h"

#include "threads/threadsdemo.h"
#include "threads/threadspanel.h"

namespace threads {

namespace {

// `--run threads`: the panel's threads at full speed, headless.
widgets::RunDemo threadsDemo()
{
    using widgets::DemoOption;
    widgets::RunDemo d;
    d.name = QStringLiteral("threads");
    d.help = QT_TRANSLATE_NOOP("Threads", "a main thread creates N named OS threads and joins "
                                          "them; prints their names, TIDs and the PID");
    d.options = {DemoOption::integer(QStringLiteral("count"), 1, MaxThreads, ThreadsOptions{}.count,
                                     QStringLiteral("N"),
                                     QT_TRANSLATE_NOOP("Threads", "threads to create"))};
    d.run = [](const widgets::DemoValues &v) {
        ThreadsOptions o;
        o.count = int(v.value(QStringLiteral("count")).toLongLong());
        const auto pairs = resultPairs(runThreads(o));
        return widgets::DemoResult(pairs.begin(), pairs.end());
    };
    return d;
}

} // namespace

const widgets::Lesson &lesson()
{
    static const widgets::Lesson l = [] {
        widgets::Lesson x;
        x.id = QStringLiteral("threads");
        x.trContext = "Threads";
        x.title = QT_TRANSLATE_NOOP("Threads", "Threads");
        x.panel = [](QWidget *parent) { return new ThreadsPanel(parent); };
        x.demos = {threadsDemo()};
        return x;
    }();
    return l;
}

} // namespace threads
