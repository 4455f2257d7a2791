#pragma once

namespace app {

/// The whole program behind main(): parses the command line, then lists lessons, runs a demo
/// headless, writes a screenshot or opens the classroom window. Bad input prints a message on
/// stderr and returns 2 without opening a window or writing anything.
class Launcher
{
public:
    /// Runs the program with main()'s arguments; returns its exit code.
    static int run(int argc, char **argv);
};

} // namespace app
