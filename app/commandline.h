#pragma once

#include "widgets/rundemo.h"

#include <QSize>
#include <QString>
#include <QStringList>

namespace widgets {
class LessonRegistry;
}

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
    QString demo;             ///< --run DEMO: a headless demo of a registered lesson
    widgets::DemoValues demoValues; ///< the demo's own options, each given or at its default
    bool json = false;              ///< --json: the --run result as one JSON object

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

/// Parses @p arguments (without the program name) against the course's lessons and demos.
ParsedCommandLine parseCommandLine(const QStringList &arguments);
/// Parses @p arguments against the lessons and demos of @p registry: a demo's own options are
/// the ones its descriptor declares. Pure: reads no files, writes nothing.
ParsedCommandLine parseCommandLine(const QStringList &arguments,
                                   const widgets::LessonRegistry &registry);

/// The usage text printed by --help (translated), with every demo of @p registry.
QString usageText(const widgets::LessonRegistry &registry);
/// The --list-lessons output: every id of @p registry, one a line.
QString lessonList(const widgets::LessonRegistry &registry);

} // namespace app
