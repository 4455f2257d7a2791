// concurrency-bench: the figures the issues ask for, measured in one run.
//   concurrency-bench [--runs N] [--frames N] [--json]
#include "freshprocessbench.h"
#include "lessonbench.h"
#include "lessonstopbench.h"
#include "locks/locksdemo.h"
#include "locks/lockspanel.h"
#include "multitaskingbench.h"
#include "poolbench.h"
#include "stagebench.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QThread>
#include <algorithm>
#include <sched.h>

namespace {

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const auto i =
        std::size_t(std::clamp(p / 100.0 * double(v.size() - 1), 0.0, double(v.size() - 1)));
    return v[i];
}

QJsonObject spread(const std::vector<double> &v)
{
    return {{QStringLiteral("p50"), percentile(v, 50)},
            {QStringLiteral("p99"), percentile(v, 99)},
            {QStringLiteral("max"), v.empty() ? 0.0 : *std::max_element(v.begin(), v.end())},
            {QStringLiteral("samples"), int(v.size())}};
}

/// Runs @p runs races and reports how many lost updates.
QJsonObject lostUpdates(const locks::RaceOptions &o, int runs)
{
    int losing = 0;
    double lostFraction = 0;
    double ms = 0;
    for (int i = 0; i < runs; ++i) {
        const locks::RaceResult r = locks::runRace(o);
        losing += r.lost > 0 ? 1 : 0;
        lostFraction += double(r.lost) / double(r.expected);
        ms += r.elapsedMs;
    }
    return {{QStringLiteral("threads"), o.threads},
            {QStringLiteral("iterations"), double(o.iterations)},
            {QStringLiteral("runs"), runs},
            {QStringLiteral("runs_with_loss"), losing},
            {QStringLiteral("loss_rate"), double(losing) / runs},
            {QStringLiteral("mean_lost_fraction"), lostFraction / runs},
            {QStringLiteral("mean_elapsed_ms"), ms / runs}};
}

/// Plays 2 × 100000 (lock off) at full speed through the real panel @p runs times, as a teacher
/// presses Play, and counts the runs that lost updates.
QJsonObject panelFullSpeed(int runs)
{
    locks::LocksPanel panel;
    locks::RaceOptions o;
    o.threads = 2;
    o.iterations = 100000;
    o.lock = false;
    panel.setOptions(o);
    panel.setSpeed(widgets::LessonPanel::FullSpeed);
    int losing = 0;
    for (int i = 0; i < runs; ++i) {
        panel.play(); // a finished run starts over
        QElapsedTimer t;
        t.start();
        while (!(panel.refresh(), panel.scene().finished()) && t.elapsed() < 30000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        losing += panel.demo() && panel.demo()->result().lost > 0 ? 1 : 0;
    }
    panel.shutdown();
    return {{QStringLiteral("runs"), runs},
            {QStringLiteral("runs_with_loss"), losing},
            {QStringLiteral("loss_rate"), double(losing) / runs}};
}

/// Pins this thread (and so the workers it creates) to CPU 0; returns the old mask.
cpu_set_t pinToCpu0()
{
    cpu_set_t old;
    sched_getaffinity(0, sizeof old, &old);
    cpu_set_t one;
    CPU_ZERO(&one);
    CPU_SET(0, &one);
    sched_setaffinity(0, sizeof one, &one);
    return old;
}

/// Time from "stop" to every thread joined, in each pacing mode, 16 workers, lock on.
QJsonObject stopLatency(int samples)
{
    QJsonObject out;
    const std::pair<const char *, stage::Pacing> modes[] = {
        {"run", stage::Pacing::Run},
        {"paused", stage::Pacing::Paused},
        {"scheduler", stage::Pacing::Scheduler},
        {"full_speed", stage::Pacing::FullSpeed}};
    for (const auto &[name, pacing] : modes) {
        std::vector<double> ms;
        for (int i = 0; i < samples; ++i) {
            locks::RaceOptions o;
            o.threads = 16;
            o.iterations = locks::MaxIterations;
            o.lock = true;
            auto demo = std::make_unique<locks::LocksDemo>(o);
            demo->stage().setBeat(std::chrono::seconds(2));
            demo->stage().setPacing(pacing);
            demo->start();
            while (demo->stage().eventsRecorded() < 40)
                QThread::yieldCurrentThread(); // bench only: wait until the workers are under way
            QElapsedTimer t;
            t.start();
            demo.reset();
            ms.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        out.insert(QString::fromLatin1(name), spread(ms));
    }
    return out;
}

/// Paint time of the whole locks panel at 1920×1080 with 16 workers mid-run (lock held, queue).
QJsonObject paintTime(int frames, bool parts)
{
    locks::LocksPanel panel;
    panel.resize(1920, 1080);
    locks::RaceOptions o;
    o.threads = 16;
    o.iterations = 1000;
    o.lock = true;
    panel.setOptions(o);
    panel.setSpeed(20);
    panel.show();
    panel.play();
    QElapsedTimer warm;
    warm.start();
    while (warm.elapsed() < 1500) // let spans, a holder and a waiting line build up
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    QImage image(panel.size(), QImage::Format_ARGB32_Premultiplied);
    std::vector<double> ms;
    for (int i = 0; i < frames; ++i) {
        QElapsedTimer t;
        t.start();
        panel.refresh();
        panel.render(&image);
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    if (parts) { // where a frame's time goes: each widget alone, without its children
        QList<QWidget *> kids = panel.findChildren<QWidget *>();
        kids.prepend(&panel);
        for (QWidget *c : kids) {
            if (!c->isVisible() || c->width() < 50)
                continue;
            QImage img(c->size(), QImage::Format_ARGB32_Premultiplied);
            QElapsedTimer t;
            t.start();
            for (int i = 0; i < 20; ++i)
                c->render(&img, {}, {}, QWidget::DrawWindowBackground);
            QTextStream(stderr) << c->metaObject()->className() << ' ' << c->width() << 'x'
                                << c->height() << ' ' << t.nsecsElapsed() / 20e6 << " ms\n";
        }
    }
    int blocked = 0;
    for (const auto &w : panel.scene().workers())
        blocked += w.state == stage::WorkerState::Blocked ? 1 : 0;
    panel.shutdown();
    QJsonObject r = spread(ms);
    r.insert(QStringLiteral("frames"), frames);
    r.insert(QStringLiteral("workers"), o.threads);
    r.insert(QStringLiteral("workers_blocked_at_end"), blocked);
    r.insert(QStringLiteral("target_p99_ms"), 8);
    r.insert(QStringLiteral("meets_target"), percentile(ms, 99) <= 8.0);
    return r;
}

} // namespace

int main(int argc, char **argv)
{
    {
        // Worker mode first, before any Qt start-up: the child-process benchmarks start us.
        QStringList args;
        for (int i = 1; i < argc; ++i)
            args << QString::fromLocal8Bit(argv[i]);
        if (stage::ChildRuntime::isWorkerMode(args)) {
            return stage::ChildRuntime::run(args, bench::childBodies());
        }
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // The pool's children are the app's worker executable, as in the app.
    stage::ChildRuntime::setExecutable(QStringLiteral(CC_WORKER_PATH));
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("Race runs per setting"),
                               QStringLiteral("N"), QStringLiteral("100"));
    QCommandLineOption framesOpt(QStringLiteral("frames"), QStringLiteral("Frames to paint"),
                                 QStringLiteral("N"), QStringLiteral("300"));
    QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("Print JSON"));
    QCommandLineOption onlyOpt(
        QStringLiteral("only"),
        QStringLiteral(
            "Measure one part: lost, fresh, stop, paint, stage, tasks, queue, crawler or pool"),
        QStringLiteral("PART"));
    QCommandLineOption partsOpt(
        QStringLiteral("parts"),
        QStringLiteral("Also print each widget's own paint time to stderr"));
    QCommandLineOption appOpt(
        QStringLiteral("app"),
        QStringLiteral("The concurrency-classroom executable the fresh-process race and the "
                       "pool-copy command start"),
        QStringLiteral("PATH"), QStringLiteral(CC_APP_PATH));
    parser.addOptions({runsOpt, framesOpt, jsonOpt, onlyOpt, partsOpt, appOpt});
    parser.process(app);
    bool ok1 = false, ok2 = false;
    const int runs = parser.value(runsOpt).toInt(&ok1);
    const int frames = parser.value(framesOpt).toInt(&ok2);
    if (!ok1 || !ok2 || runs < 1 || frames < 1) {
        QTextStream(stderr) << "concurrency-bench: --runs and --frames take a positive number\n";
        return 2;
    }
    const QString only = parser.value(onlyOpt);
    if (!only.isEmpty() && only != QLatin1String("lost") && only != QLatin1String("fresh") &&
        only != QLatin1String("stop") && only != QLatin1String("paint") &&
        only != QLatin1String("stage") && only != QLatin1String("tasks") &&
        only != QLatin1String("queue") && only != QLatin1String("crawler") &&
        only != QLatin1String("pool")) {
        QTextStream(stderr) << "concurrency-bench: --only takes lost, fresh, stop, paint, stage, "
                               "tasks, queue, crawler or pool, not '"
                            << only << "'\n";
        return 2;
    }
    const auto wanted = [&only](const char *part) { return only.isEmpty() || only == part; };
    if ((wanted("fresh") || wanted("pool")) && !QFileInfo(parser.value(appOpt)).isExecutable()) {
        QTextStream(stderr) << "concurrency-bench: --app '" << parser.value(appOpt)
                            << "' is not an executable file\n";
        return 2;
    }

    QJsonObject result;
    if (wanted("lost")) {
        locks::RaceOptions race;
        race.threads = 2;
        race.iterations = 100000;
        QJsonObject lost;
        race.lock = false;
        lost.insert(QStringLiteral("lock_off"), lostUpdates(race, runs));
        race.lock = true;
        lost.insert(QStringLiteral("lock_on"), lostUpdates(race, runs));
        {
            const cpu_set_t old = pinToCpu0();
            locks::RaceOptions pinned = race;
            pinned.lock = false;
            pinned.window = locks::Window::None;
            lost.insert(QStringLiteral("lock_off_one_cpu_no_window"), lostUpdates(pinned, runs));
            pinned.window = locks::Window::Yield;
            lost.insert(QStringLiteral("lock_off_one_cpu_yield_window"), lostUpdates(pinned, runs));
            sched_setaffinity(0, sizeof old, &old);
        }
        result.insert(QStringLiteral("lost_updates"), lost);
    }
    if (wanted("fresh")) {
        result.insert(QStringLiteral("fresh_process_race"),
                      bench::freshProcessRace(parser.value(appOpt), runs));
        result.insert(QStringLiteral("panel_full_speed_2x100000_lock_off"),
                      panelFullSpeed(std::max(1, runs / 5)));
    }
    if (wanted("stop"))
        result.insert(QStringLiteral("stop_latency_ms"), stopLatency(20));
    if (wanted("paint"))
        result.insert(QStringLiteral("paint_ms_locks_panel_1920x1080"),
                      paintTime(frames, parser.isSet(partsOpt)));
    if (wanted("stage")) {
        result.insert(QStringLiteral("trace_memory_16x1M"), bench::traceMemory(16, 1'000'000));
        result.insert(QStringLiteral("stop_latency_by_block_ms"), bench::blockStopLatency(20));
        result.insert(QStringLiteral("child_process"), bench::processLatency(10));
    }
    if (wanted("tasks")) {
        result.insert(QStringLiteral("multitasking"), bench::tasksRatios(5));
        result.insert(QStringLiteral("thread_vs_process_creation"), bench::creationCost(5));
        result.insert(QStringLiteral("lesson_stop_latency_ms"), bench::lessonStopLatency(5));
    }
    if (wanted("queue"))
        result.insert(QStringLiteral("queue_throughput"), bench::queueThroughput(5));
    if (wanted("crawler")) {
        result.insert(QStringLiteral("crawler_vs_ideal"), bench::crawlerTime(5));
        result.insert(QStringLiteral("crawler_command"),
                      bench::crawlerCommand(QStringLiteral(CC_APP_PATH), 5));
    }
    if (wanted("crawler") || wanted("stop")) // a crawl's stop is a stop figure too
        result.insert(QStringLiteral("crawler_stop_ms"), bench::crawlerStop(24));
    if (wanted("pool"))
        result.insert(QStringLiteral("pool"), bench::poolFigures(parser.value(appOpt), 5));
    result.insert(QStringLiteral("cpus"), QThread::idealThreadCount());

    const QByteArray json = QJsonDocument(result).toJson(
        parser.isSet(jsonOpt) ? QJsonDocument::Compact : QJsonDocument::Indented);
    QTextStream(stdout) << json << '\n';
    return 0;
}
