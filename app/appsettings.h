#pragma once

#include <QString>

namespace app {

/// What the app remembers between runs (QSettings "ConcurrencyClassroom" /
/// "concurrency-classroom"). Every value is checked on load: a missing, corrupt or out-of-range
/// file gives the defaults, never a crash or a half-applied state.
struct AppSettings
{
    QString lesson;           ///< last lesson id; default: the first lesson
    QString language;         ///< "zh_CN" | "en"; empty = not remembered (use the system's)
    int speed = DefaultSpeed; ///< transport speed slider, 0 … LessonPanel::FullSpeed
    QString theme;            ///< "light" | "dark" | "projector"; empty = not remembered (light)
    int zoom = DefaultZoom;   ///< zoom in percent, 50 … 300

    /// Speed slider position of a first start: slow enough to follow each step.
    static constexpr int DefaultSpeed = 40;
    /// Zoom of a first start, in percent.
    static constexpr int DefaultZoom = 100;
    /// QSettings organisation name.
    static constexpr const char *Organisation = "ConcurrencyClassroom";
    /// QSettings application name.
    static constexpr const char *Application = "concurrency-classroom";

    /// Reads the remembered values, falling back to the defaults value by value.
    static AppSettings load();
    /// Writes these values.
    void save() const;
    /// The settings a first start gets.
    static AppSettings defaults();
};

} // namespace app
