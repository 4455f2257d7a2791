#pragma once

#include "commandline.h"

#include <QString>

namespace app {

/// The `--run DEMO` mode: runs a demo headless (no widgets, no window) and reports its result.
class HeadlessRun
{
public:
    /// Runs the demo @p commandLine names and returns what to print on stdout.
    static QString run(const CommandLine &commandLine);
    /// @p result as `key: value` lines, or as one JSON object with the keys expected, actual,
    /// lost and elapsed_ms when @p json is true.
    static QString format(const locks::RaceResult &result, bool json);
};

} // namespace app
