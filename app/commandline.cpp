#include "commandline.h"

#include "course/course.h"
#include "tr.h"
#include "widgets/lessonregistry.h"
#include "widgets/theme.h"

#include <QRegularExpression>
#include <algorithm>
#include <optional>

namespace app {

namespace {

const QStringList ValueOptions = {"--lesson", "--lang", "--theme", "--screenshot",
                                  "--size",   "--run",  "--zoom"};
const QStringList FlagOptions = {"--present", "--list-lessons", "--json", "--help", "-h"};

using widgets::badValue;

std::optional<qint64> parseInteger(const QString &text)
{
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    return ok ? std::optional<qint64>(v) : std::nullopt;
}

// The value of --run in @p arguments ("--run X" or "--run=X"), empty when there is none.
QString demoName(const QStringList &arguments)
{
    for (int i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--run") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arguments.at(i).startsWith(QLatin1String("--run=")))
            return arguments.at(i).section(QLatin1Char('='), 1);
    }
    return {};
}

// "--run a" or "--run a or --run b": the demos that have option @p flag.
QString demosWithOption(const widgets::LessonRegistry &registry, const QString &flag)
{
    QStringList runs;
    for (const QString &name : registry.demoNames()) {
        const widgets::RunDemo *d = registry.demo(name).demo;
        if (d->option(flag.mid(2)))
            runs << QStringLiteral("--run ") + name;
    }
    return runs.join(Tr::tr(" or "));
}

// Applies one of the app's own options to @p cl; returns an error message or an empty string.
QString apply(CommandLine &cl, const widgets::LessonRegistry &registry, const QString &option,
              const QString &value)
{
    if (option == "--lesson") {
        if (!registry.contains(value))
            return badValue(
                option, value,
                Tr::tr("the lessons are %1").arg(registry.ids().join(QLatin1String(", "))));
        cl.lesson = value;
    } else if (option == "--lang") {
        if (value != "zh_CN" && value != "en")
            return badValue(option, value, Tr::tr("expected zh_CN or en"));
        cl.language = value;
    } else if (option == "--theme") {
        widgets::Theme::Kind kind;
        if (!widgets::Theme::parseKind(value, &kind))
            return badValue(option, value, Tr::tr("expected light, dark or projector"));
        cl.theme = value;
    } else if (option == "--screenshot") {
        if (!value.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
            return badValue(option, value, Tr::tr("expected a file name ending in .png"));
        cl.screenshotPath = value;
    } else if (option == "--size") {
        static const QRegularExpression re(QStringLiteral("^(\\d{1,5})x(\\d{1,5})$"));
        const auto m = re.match(value);
        const int w = m.hasMatch() ? m.captured(1).toInt() : 0;
        const int h = m.hasMatch() ? m.captured(2).toInt() : 0;
        if (w < CommandLine::MinEdge || w > CommandLine::MaxEdge || h < CommandLine::MinEdge ||
            h > CommandLine::MaxEdge)
            return badValue(option, value,
                            Tr::tr("expected WIDTHxHEIGHT, each from %1 to %2, e.g. 1280x800")
                                .arg(CommandLine::MinEdge)
                                .arg(CommandLine::MaxEdge));
        cl.size = QSize(w, h);
    } else if (option == "--run") {
        const widgets::RunDemo *demo = registry.demo(value).demo;
        if (!demo)
            return badValue(
                option, value,
                Tr::tr("the demos are %1").arg(registry.demoNames().join(QLatin1String(", "))));
        cl.demo = value;
        cl.demoValues = demo->defaults();
    } else if (option == "--zoom") {
        // "150" and "150%" both read as the percent a teacher would type.
        QString digits = value;
        if (digits.endsWith(QLatin1Char('%')))
            digits.chop(1);
        const auto n = parseInteger(digits);
        if (!n || *n < CommandLine::MinZoom || *n > CommandLine::MaxZoom)
            return badValue(option, value,
                            Tr::tr("expected a percentage from %1 to %2")
                                .arg(CommandLine::MinZoom)
                                .arg(CommandLine::MaxZoom));
        cl.zoom = int(*n);
    }
    return {};
}

} // namespace

ParsedCommandLine parseCommandLine(const QStringList &arguments)
{
    return parseCommandLine(arguments, course::registry());
}

ParsedCommandLine parseCommandLine(const QStringList &arguments,
                                   const widgets::LessonRegistry &registry)
{
    ParsedCommandLine result;
    CommandLine &cl = result.commandLine;
    // The demo decides which options exist besides the app's own: read --run first, and set
    // its defaults before any of its options is applied.
    const QString named = demoName(arguments);
    const widgets::RunDemo *demo = registry.demo(named).demo;
    if (!named.isEmpty()) {
        result.error = apply(cl, registry, QStringLiteral("--run"), named);
        if (!result.error.isEmpty())
            return result;
    }
    QStringList seen;
    for (int i = 0; i < arguments.size(); ++i) {
        QString option = arguments.at(i);
        QString value;
        bool inlineValue = false;
        if (option.startsWith(QLatin1String("--")) && option.contains(QLatin1Char('='))) {
            value = option.section(QLatin1Char('='), 1);
            option = option.section(QLatin1Char('='), 0, 0);
            inlineValue = true;
        }
        if (FlagOptions.contains(option) && !inlineValue) {
            seen << (option == QLatin1String("-h") ? QStringLiteral("--help") : option);
            continue;
        }
        const widgets::DemoOption *demoOption =
            demo && option.startsWith(QLatin1String("--")) ? demo->option(option.mid(2)) : nullptr;
        if (!ValueOptions.contains(option) && !demoOption) {
            const QString where = option.startsWith(QLatin1String("--"))
                                      ? demosWithOption(registry, option)
                                      : QString();
            result.error = where.isEmpty()
                               ? Tr::tr("Unknown option '%1'. Run with --help to see the options.")
                                     .arg(arguments.at(i))
                               : Tr::tr("%1 only applies to %2.").arg(option, where);
            return result;
        }
        if (!inlineValue) {
            if (i + 1 >= arguments.size()) {
                result.error = Tr::tr("%1 needs a value.").arg(option);
                return result;
            }
            value = arguments.at(++i);
        }
        seen << option;
        if (option == QLatin1String("--run") && value == cl.demo)
            continue; // applied first, before the demo's options
        result.error = demoOption ? demoOption->accept(value, cl.demoValues)
                                  : apply(cl, registry, option, value);
        if (!result.error.isEmpty())
            return result;
    }

    const auto has = [&](const char *o) { return seen.contains(QLatin1String(o)); };
    QStringList modes;
    for (const char *m : {"--list-lessons", "--screenshot", "--run", "--help"}) {
        if (has(m))
            modes << QLatin1String(m);
    }
    if (modes.size() > 1) {
        result.error = Tr::tr("%1 and %2 cannot be used together.").arg(modes.at(0), modes.at(1));
        return result;
    }
    if (demo && demo->check) {
        result.error = demo->check(cl.demoValues);
        if (!result.error.isEmpty())
            return result;
    }
    cl.json = has("--json");
    cl.present = has("--present");
    if (has("--help"))
        cl.mode = CommandLine::Mode::Help;
    else if (has("--list-lessons"))
        cl.mode = CommandLine::Mode::ListLessons;
    else if (has("--screenshot"))
        cl.mode = CommandLine::Mode::Screenshot;
    else if (has("--run"))
        cl.mode = CommandLine::Mode::Run;

    // Options that only mean something in some modes: say so rather than silently ignore them.
    const auto onlyWith = [&](const char *option, std::initializer_list<CommandLine::Mode> modes,
                              const QString &where) {
        if (has(option) && std::find(modes.begin(), modes.end(), cl.mode) == modes.end())
            result.error = Tr::tr("%1 only applies to %2.").arg(QLatin1String(option), where);
        return result.error.isEmpty();
    };
    using M = CommandLine::Mode;
    const QString windowModes = Tr::tr("the window or --screenshot");
    if (!onlyWith("--json", {M::Run}, QStringLiteral("--run")) ||
        !onlyWith("--size", {M::Screenshot}, QStringLiteral("--screenshot")) ||
        !onlyWith("--present", {M::Window, M::Screenshot}, windowModes) ||
        !onlyWith("--zoom", {M::Window, M::Screenshot}, windowModes) ||
        !onlyWith("--lesson", {M::Window, M::Screenshot}, windowModes) ||
        !onlyWith("--theme", {M::Window, M::Screenshot}, windowModes))
        return result;
    return result;
}

QString usageText(const widgets::LessonRegistry &registry)
{
    QString demos;
    for (const widgets::Lesson &lesson : registry.lessons()) {
        for (const widgets::RunDemo &d : lesson.demos) {
            demos += QStringLiteral("  concurrency-classroom %1 [--json]\n      %2\n")
                         .arg(d.synopsis(), lesson.translate(d.help));
            for (const widgets::DemoOption &o : d.options) {
                const QString byDefault = o.defaultValue.toString();
                // An empty default (e.g. --out) is explained by the option's own help.
                demos += byDefault.isEmpty()
                             //: one option of a demo: flag, what it is, allowed values
                             ? Tr::tr("      %1: %2 (%3)\n")
                                   .arg(o.flag(), lesson.translate(o.help), o.range())
                             //: one option of a demo: flag, what it is, allowed values, default
                             : Tr::tr("      %1: %2 (%3, default %4)\n")
                                   .arg(o.flag(), lesson.translate(o.help), o.range(), byDefault);
            }
        }
    }
    return Tr::tr("Usage:\n"
                  "  concurrency-classroom [--lesson ID] [--lang zh_CN|en] "
                  "[--theme light|dark|projector] [--zoom PERCENT] [--present]\n"
                  "  concurrency-classroom --list-lessons\n"
                  "  concurrency-classroom --lesson ID --screenshot FILE.png [--size WxH] "
                  "[--lang zh_CN|en] [--theme light|dark|projector] [--zoom PERCENT] "
                  "[--present]\n"
                  "%1"
                  "\n"
                  "Lessons: %2\n"
                  "--size default 1280x800, --zoom %3…%4 (default 100 or the remembered zoom).\n"
                  "Keys: F5 presentation mode (PgDn/PgUp through the slides, Esc leaves), "
                  "Ctrl+= / Ctrl+- / Ctrl+0 zoom.\n")
        .arg(demos, registry.ids().join(QLatin1String(", ")))
        .arg(CommandLine::MinZoom)
        .arg(CommandLine::MaxZoom);
}

QString lessonList(const widgets::LessonRegistry &registry)
{
    QString text;
    for (const QString &id : registry.ids())
        text += id + QLatin1Char('\n');
    return text;
}

} // namespace app
