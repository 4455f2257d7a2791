#pragma once

#include "locks/locksdemo.h"

#include <QSize>
#include <QString>
#include <QStringList>

namespace app {

/// What one start of the program was asked to do, as parsed from its arguments.
struct CommandLine
{
    /// The program's modes, one per line of the usage text.
    enum class Mode {
        Window,      ///< the interactive window (the default)
        ListLessons, ///< --list-lessons: print the ids and exit
        Screenshot,  ///< --screenshot FILE: render a lesson into a PNG and exit
        Run,         ///< --run DEMO: run a demo headless and print its result
        Help,        ///< --help: print the usage and exit
    };

    Mode mode = Mode::Window; ///< what to do
    QString lesson;           ///< --lesson; empty = the remembered one
    QString language;         ///< --lang "zh_CN" | "en"; empty = remembered/system
    QString theme;            ///< --theme "light" | "dark" | "projector"; empty = light
    bool present = false;     ///< --present (window, or a --screenshot of the presentation layout)
    int zoom = 0;             ///< --zoom PERCENT, MinZoom … MaxZoom; 0 = the remembered zoom
    QString screenshotPath;   ///< --screenshot FILE.png
    QSize size{1280, 800};    ///< --size WxH of the screenshot
    QString demo;             ///< --run DEMO (only "race" exists)
    locks::RaceOptions race;  ///< --threads/--iterations/--lock/--window of --run race
    bool json = false;        ///< --json: the --run result as one JSON object

    /// Smallest and largest --size edge accepted.
    static constexpr int MinEdge = 320;
    /// Largest --size edge accepted (8K).
    static constexpr int MaxEdge = 7680;
    /// Smallest --zoom accepted, in percent.
    static constexpr int MinZoom = 50;
    /// Largest --zoom accepted, in percent.
    static constexpr int MaxZoom = 300;
};

/// A parse: the CommandLine, or a translated message naming the bad value and what is allowed.
struct ParsedCommandLine
{
    CommandLine commandLine; ///< valid when error is empty
    QString error;           ///< empty when the arguments were fine

    /// True when the arguments were fine.
    bool ok() const { return error.isEmpty(); }
};

/// Parses @p arguments (without the program name). Pure: reads no files, writes nothing.
ParsedCommandLine parseCommandLine(const QStringList &arguments);

/// The usage text printed by --help (translated).
QString usageText();

} // namespace app
