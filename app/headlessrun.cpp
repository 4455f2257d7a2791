#include "headlessrun.h"

#include "widgets/lessonregistry.h"

namespace app {

QString HeadlessRun::run(const widgets::LessonRegistry &registry, const CommandLine &commandLine)
{
    const widgets::RunDemo *demo = registry.demo(commandLine.demo).demo;
    Q_ASSERT(demo); // parseCommandLine() refuses every other name
    return widgets::formatResult(demo->run(commandLine.demoValues), commandLine.json);
}

} // namespace app
