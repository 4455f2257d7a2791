#include "commandline.h"

#include "catalog/lessoncatalog.h"
#include "tr.h"
#include "widgets/theme.h"

#include <QRegularExpression>
#include <algorithm>
#include <optional>

namespace app {

namespace {

const QStringList ValueOptions = {"--lesson", "--lang",  "--theme",   "--screenshot",
                                  "--size",   "--run",   "--threads", "--iterations",
                                  "--lock",   "--window",  "--zoom"};
const QStringList FlagOptions = {"--present", "--list-lessons", "--json", "--help", "-h"};

QString badValue(const QString &option, const QString &value, const QString &allowed)
{
    return Tr::tr("Bad value '%1' for %2: %3").arg(value, option, allowed);
}

std::optional<qint64> parseInteger(const QString &text)
{
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    return ok ? std::optional<qint64>(v) : std::nullopt;
}

// Applies one option to @p cl; returns an error message or an empty string.
QString apply(CommandLine &cl, const QString &option, const QString &value)
{
    if (option == "--lesson") {
        if (!catalog::LessonCatalog::contains(value))
            return badValue(option, value,
                            Tr::tr("the lessons are %1")
                                .arg(catalog::LessonCatalog::ids().join(QLatin1String(", "))));
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
        if (value != "race")
            return badValue(option, value, Tr::tr("the demos are race"));
        cl.demo = value;
    } else if (option == "--threads") {
        const auto n = parseInteger(value);
        if (!n || *n < 1 || *n > locks::MaxThreads)
            return badValue(option, value,
                            Tr::tr("expected a whole number from 1 to %1").arg(locks::MaxThreads));
        cl.race.threads = int(*n);
    } else if (option == "--iterations") {
        const auto n = parseInteger(value);
        if (!n || *n < 1 || *n > locks::MaxIterations)
            return badValue(
                option, value,
                Tr::tr("expected a whole number from 1 to %1").arg(locks::MaxIterations));
        cl.race.iterations = *n;
    } else if (option == "--lock") {
        if (value != "on" && value != "off")
            return badValue(option, value, Tr::tr("expected on or off"));
        cl.race.lock = value == "on";
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
    } else if (option == "--window") {
        if (value != "none" && value != "yield")
            return badValue(option, value, Tr::tr("expected none or yield"));
        cl.race.window = value == "yield" ? locks::Window::Yield : locks::Window::None;
    }
    return {};
}

} // namespace

ParsedCommandLine parseCommandLine(const QStringList &arguments)
{
    ParsedCommandLine result;
    CommandLine &cl = result.commandLine;
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
        if (!ValueOptions.contains(option)) {
            result.error = Tr::tr("Unknown option '%1'. Run with --help to see the options.")
                               .arg(arguments.at(i));
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
        result.error = apply(cl, option, value);
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
    const QString raceModes = QStringLiteral("--run race");
    const QString windowModes = Tr::tr("the window or --screenshot");
    for (const char *o : {"--threads", "--iterations", "--lock", "--window", "--json"}) {
        if (!onlyWith(o, {M::Run}, raceModes))
            return result;
    }
    if (!onlyWith("--size", {M::Screenshot}, QStringLiteral("--screenshot")) ||
        !onlyWith("--present", {M::Window, M::Screenshot}, windowModes) ||
        !onlyWith("--zoom", {M::Window, M::Screenshot}, windowModes) ||
        !onlyWith("--lesson", {M::Window, M::Screenshot}, windowModes) ||
        !onlyWith("--theme", {M::Window, M::Screenshot}, windowModes))
        return result;
    return result;
}

QString usageText()
{
    return Tr::
        tr("Usage:\n"
           "  concurrency-classroom [--lesson ID] [--lang zh_CN|en] [--theme light|dark|projector] "
           "[--zoom PERCENT] [--present]\n"
           "  concurrency-classroom --list-lessons\n"
           "  concurrency-classroom --lesson ID --screenshot FILE.png [--size WxH] [--lang "
           "zh_CN|en] "
           "[--theme light|dark|projector] [--zoom PERCENT] [--present]\n"
           "  concurrency-classroom --run race [--threads N] [--iterations K] [--lock on|off] "
           "[--window none|yield] [--json]\n"
           "\n"
           "Lessons: %1\n"
           "--threads 1…%2 (default %3), --iterations 1…%4 (default %5), --size default "
           "1280x800, --zoom %6…%7 (default 100 or the remembered zoom).\n"
           "Keys: F5 presentation mode (PgDn/PgUp through the slides, Esc leaves), "
           "Ctrl+= / Ctrl+- / Ctrl+0 zoom.\n")
            .arg(catalog::LessonCatalog::ids().join(QLatin1String(", ")))
            .arg(locks::MaxThreads)
            .arg(locks::RaceOptions{}.threads)
            .arg(locks::MaxIterations)
            .arg(locks::RaceOptions{}.iterations)
            .arg(CommandLine::MinZoom)
            .arg(CommandLine::MaxZoom);
}

} // namespace app
