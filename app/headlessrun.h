#pragma once

#include "commandline.h"

#include <QString>

class QTextStream;

namespace widgets {
class LessonRegistry;
}

namespace app {

/// The `--run DEMO` mode: runs a lesson's headless demo (no widgets, no window) with the options
/// the command line gave, and formats its result.
class HeadlessRun
{
public:
    /// Runs the demo @p commandLine names (a demo of @p registry; the parser checked it) and
    /// returns what to print on stdout.
    static QString run(const widgets::LessonRegistry &registry, const CommandLine &commandLine);
    /// Runs it as the app does: a demo that prints itself (RunDemo::command) writes to @p out or
    /// @p err and gives the exit code; any other prints run()'s text on @p out and gives 0.
    static int exec(const widgets::LessonRegistry &registry, const CommandLine &commandLine,
                    QTextStream &out, QTextStream &err);
};

} // namespace app
