#pragma once

#include "commandline.h"

#include <QString>

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
};

} // namespace app
