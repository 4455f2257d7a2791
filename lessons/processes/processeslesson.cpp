#include "processeslesson.h"

#include "processes/processesdemo.h"
#include "processes/processespanel.h"
#include "processes/processesrun.h"

#include <QTextStream>

namespace processes {

namespace {

// `--run processes`: the children started, joined and reported headless. It prints itself:
// one line (or JSON object) per child, which the kit's flat key: value report cannot hold.
widgets::RunDemo processesDemo()
{
    using widgets::DemoOption;
    widgets::RunDemo d;
    d.name = QStringLiteral("processes");
    d.help = QT_TRANSLATE_NOOP("Processes", "starts N child processes that each change their "
                                            "copy of g; prints their PIDs and the parent's "
                                            "unchanged g");
    const Options defaults;
    d.options = {
        DemoOption::integer(QStringLiteral("children"), 1, MaxChildren, defaults.children,
                            QStringLiteral("N"),
                            QT_TRANSLATE_NOOP("Processes", "real child processes")),
        DemoOption::choice(QStringLiteral("style"),
                           {QStringLiteral("function"), QStringLiteral("subclass")},
                           QStringLiteral("function"),
                           QT_TRANSLATE_NOOP("Processes", "Process(target=…) or a subclass "
                                                          "of Process")),
    };
    d.command = [](const widgets::DemoValues &v, bool json, QTextStream &out, QTextStream &) {
        Options o;
        o.children = int(v.value(QStringLiteral("children")).toLongLong());
        o.style = v.value(QStringLiteral("style")).toString() == QLatin1String("subclass")
                      ? Style::Subclass
                      : Style::Function;
        out << formatResult(runProcesses(o), json);
        return 0;
    };
    return d;
}

} // namespace

const widgets::Lesson &lesson()
{
    static const widgets::Lesson l = [] {
        widgets::Lesson x;
        x.id = QStringLiteral("processes");
        x.trContext = "Processes";
        x.title = QT_TRANSLATE_NOOP("Processes", "Processes");
        x.panel = [](QWidget *parent) { return new ProcessesPanel(parent); };
        x.demos = {processesDemo()};
        for (const auto &[name, body] : childBodies()) // "processes.task" → "task"
            x.workers.push_back({name.section(QLatin1Char('.'), 1), body});
        return x;
    }();
    return l;
}

} // namespace processes
