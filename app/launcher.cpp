#include "launcher.h"

#include "appsettings.h"
#include "commandline.h"
#include "course/course.h"
#include "course/courseworkers.h"
#include "headlessrun.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "presentationcontroller.h"
#include "screenshot.h"
#include "stage/childruntime.h"
#include "statuslog.h"
#include "tr.h"
#include "viewcontroller.h"
#include "widgets/lessonpanel.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QScreen>
#include <QTextStream>
#include <cstdio>

namespace app {

namespace {

// Once the application object exists, before any lesson runs: its names (settings, messages)
// and the program its child processes run.
void setUpApplication()
{
    QCoreApplication::setOrganizationName(QLatin1String(AppSettings::Organisation));
    QCoreApplication::setApplicationName(QLatin1String(AppSettings::Application));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));
    // The small worker executable where the build and the package put it (the same path
    // relative to this one); without it, this executable serves worker mode itself.
    const QFileInfo worker(QCoreApplication::applicationDirPath() + QLatin1Char('/') +
                           QStringLiteral(CC_WORKER_FROM_APP));
    if (worker.isExecutable())
        stage::ChildRuntime::setExecutable(worker.canonicalFilePath());
}

// The language for messages of a run without a window: --lang if it is valid, else the system's.
QString messageLanguage(const QStringList &args)
{
    const int i = args.indexOf(QStringLiteral("--lang"));
    if (i >= 0 && i + 1 < args.size() && LanguageManager::isSupported(args.at(i + 1)))
        return args.at(i + 1);
    return LanguageManager::systemLanguage();
}

int fail(const QString &message)
{
    QTextStream(stderr) << QCoreApplication::applicationName() << ": " << message << '\n';
    return 2;
}

int runWithoutWindow(int argc, char **argv, const QStringList &args)
{
    QCoreApplication app(argc, argv);
    setUpApplication();
    LanguageManager languages;
    languages.setLanguage(messageLanguage(args));
    // Parse again now that the translators are in, so the message is in the user's language.
    const ParsedCommandLine parsed = parseCommandLine(args);
    if (!parsed.ok())
        return fail(parsed.error);

    QTextStream out(stdout);
    switch (parsed.commandLine.mode) {
    case CommandLine::Mode::Help:
        out << usageText(course::registry());
        break;
    case CommandLine::Mode::ListLessons:
        out << lessonList(course::registry());
        break;
    case CommandLine::Mode::Run: {
        QTextStream err(stderr);
        return HeadlessRun::exec(course::registry(), parsed.commandLine, out, err);
    }
    default:
        break;
    }
    return 0;
}

// --theme and --zoom win over the remembered ones, for this run only.
void applyTheme(const CommandLine &cl, const AppSettings &settings)
{
    widgets::Theme::Kind kind = widgets::Theme::Kind::Light;
    const QString name = !cl.theme.isEmpty() ? cl.theme : settings.theme;
    if (!name.isEmpty())
        widgets::Theme::parseKind(name, &kind);
    ViewController::applyToApplication(kind, cl.zoom > 0 ? cl.zoom : settings.zoom);
}

int runWindow(int argc, char **argv, const CommandLine &cl)
{
    const bool screenshot = cl.mode == CommandLine::Mode::Screenshot;
    if (screenshot) {
        // Refuse before anything is drawn or written.
        const QFileInfo target(cl.screenshotPath);
        if (!target.absoluteDir().exists()) {
            QCoreApplication app(argc, argv);
            setUpApplication();
            LanguageManager languages;
            languages.setLanguage(cl.language.isEmpty() ? LanguageManager::systemLanguage()
                                                        : cl.language);
            return fail(Tr::tr("The folder '%1' of --screenshot does not exist.")
                            .arg(QDir::toNativeSeparators(target.absolutePath())));
        }
        // A screenshot needs no display at all.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }

    QApplication app(argc, argv);
    setUpApplication();
    // The installed desktop entry and icon (packaging/): Wayland ties the window to its menu
    // entry by this name, and the window shows the same icon as the menu.
    QGuiApplication::setDesktopFileName(
        QStringLiteral("org.concurrencyclassroom.ConcurrencyClassroom"));
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral("org.concurrencyclassroom.ConcurrencyClassroom")));
    AppSettings settings = AppSettings::load();
    LanguageManager languages;
    languages.setLanguage(!cl.language.isEmpty()         ? cl.language
                          : !settings.language.isEmpty() ? settings.language
                                                         : LanguageManager::systemLanguage());
    applyTheme(cl, settings);

    MainWindow window;
    window.viewController()->setLanguageManager(&languages);
    window.setSpeed(settings.speed);
    window.setLesson(cl.lesson.isEmpty() ? settings.lesson : cl.lesson);

    if (screenshot) {
        // The presentation layout at the screenshot's size, not full screen.
        if (cl.present)
            window.presentation()->setPresenting(true, false);
        QString error;
        const bool ok =
            Screenshot::capture(&window, window.currentPanel(), cl.size, cl.screenshotPath, &error);
        window.shutdownAll();
        if (!ok)
            return fail(error);
        return 0;
    }

    // Scripts that drive the window by keys read what each key did here (scripts/keywalk.sh).
    if (const QString log = qEnvironmentVariable("CC_STATUS_LOG"); !log.isEmpty()) {
        if (!(new StatusLog(&window, &languages, log))->isOpen()) {
            window.shutdownAll();
            return fail(Tr::tr("CC_STATUS_LOG: cannot write '%1': it must name a file in a "
                               "folder that exists.")
                            .arg(QDir::toNativeSeparators(log)));
        }
    }

    // The normal size first, also when presenting: Esc comes back to it.
    const QSize available = window.screen()->availableGeometry().size();
    window.resize(QSize(1280, 800).boundedTo(available));
    if (cl.present)
        window.setPresenting(true);
    else
        window.show();
    const int rc = app.exec();
    window.shutdownAll();

    settings.lesson = window.currentLessonId();
    settings.language = languages.language();
    settings.speed = window.speed();
    settings.save();
    return rc;
}

} // namespace

int Launcher::run(int argc, char **argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    if (stage::ChildRuntime::isWorkerMode(args)) {
        // A child process of a lesson: no window, no settings; the parent paces it over its pipes.
        return stage::ChildRuntime::run(args, course::workerBodies());
    }
    const ParsedCommandLine parsed = parseCommandLine(args);
    if (!parsed.ok() || parsed.commandLine.mode == CommandLine::Mode::Help ||
        parsed.commandLine.mode == CommandLine::Mode::ListLessons ||
        parsed.commandLine.mode == CommandLine::Mode::Run)
        return runWithoutWindow(argc, argv, args);
    return runWindow(argc, argv, parsed.commandLine);
}

} // namespace app
