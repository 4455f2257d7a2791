#include "multitaskinglesson.h"

#include "multitasking/asynctasks.h"
#include "multitasking/multitaskingpanel.h"

namespace multitasking {

namespace {

// `--run tasks`: A and B headless in one mode, timed for real.
widgets::RunDemo tasksDemo()
{
    using widgets::DemoOption;
    widgets::RunDemo d;
    d.name = QStringLiteral("tasks");
    d.help = QT_TRANSLATE_NOOP("Multitasking", "tasks A and B sync, async, parallel or "
                                               "concurrent; prints the time and the CPUs used");
    d.options = {
        DemoOption::choice(QStringLiteral("mode"), modeKeys(), modeKey(Mode::Sync),
                           QT_TRANSLATE_NOOP("Multitasking", "how A and B run")),
        DemoOption::choice(QStringLiteral("kind"), kindKeys(), kindKey(Kind::Cpu),
                           QT_TRANSLATE_NOOP("Multitasking", "computing or waiting")),
    };
    d.run = [](const widgets::DemoValues &v) {
        TasksOptions o;
        applyOption(o, QStringLiteral("mode"), v.value(QStringLiteral("mode")).toString());
        applyOption(o, QStringLiteral("kind"), v.value(QStringLiteral("kind")).toString());
        const auto pairs = resultPairs(runTasks(o));
        return widgets::DemoResult(pairs.begin(), pairs.end());
    };
    return d;
}

} // namespace

const widgets::Lesson &lesson()
{
    static const widgets::Lesson l = [] {
        widgets::Lesson x;
        x.id = QStringLiteral("multitasking");
        x.trContext = "Multitasking";
        x.title = QT_TRANSLATE_NOOP("Multitasking", "Multitasking");
        x.panel = [](QWidget *parent) { return new MultitaskingPanel(parent); };
        x.demos = {tasksDemo()};
        return x;
    }();
    return l;
}

} // namespace multitasking
