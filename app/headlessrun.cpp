#include "headlessrun.h"

#include "widgets/lessonregistry.h"

#include <QTextStream>

namespace app {

QString HeadlessRun::run(const widgets::LessonRegistry &registry, const CommandLine &commandLine)
{
    const widgets::RunDemo *demo = registry.demo(commandLine.demo).demo;
    Q_ASSERT(demo); // parseCommandLine() refuses every other name
    return widgets::formatResult(demo->run(commandLine.demoValues), commandLine.json);
}

int HeadlessRun::exec(const widgets::LessonRegistry &registry, const CommandLine &commandLine,
                      QTextStream &out, QTextStream &err)
{
    const widgets::RunDemo *demo = registry.demo(commandLine.demo).demo;
    Q_ASSERT(demo);
    if (demo->command)
        return demo->command(commandLine.demoValues, commandLine.json, out, err);
    out << run(registry, commandLine);
    return 0;
}

} // namespace app
