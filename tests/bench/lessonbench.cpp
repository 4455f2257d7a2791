#include "lessonbench.h"

#include "crawler/crawlerdemo.h"
#include "crawler/crawlrun.h"
#include "queues/queuedemo.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QThread>
#include <algorithm>
#include <memory>
#include <vector>

namespace bench {

namespace {

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

QJsonObject queueThroughput(int runs)
{
    QJsonObject out;
    constexpr std::int64_t Items = 400'000;
    for (int pairs : {1, 4}) {
        std::vector<double> rates;
        for (int i = 0; i < runs; ++i) {
            queues::QueueOptions o;
            o.maxsize = 100;
            o.producers = pairs;
            o.consumers = pairs;
            o.items = Items;
            queues::QueueDemo demo(o);
            demo.stage().setPacing(stage::Pacing::FullSpeed);
            demo.start();
            demo.stage().wait();
            rates.push_back(double(demo.consumed()) / (demo.elapsedMs() / 1000.0));
        }
        out.insert(QStringLiteral("pairs_%1").arg(pairs),
                   QJsonObject{{"items", double(Items)},
                               {"items_per_s_median", median(rates)},
                               {"items_per_s_best", *std::max_element(rates.begin(), rates.end())},
                               {"runs", runs}});
    }
    return out;
}

QJsonObject crawlerTime(int runs)
{
    QJsonObject out;
    const struct
    {
        const char *name;
        int producers, consumers;
    } cases[] = {{"p5_c2", 5, 2}, {"p1_c1", 1, 1}};
    for (const auto &c : cases) {
        crawler::CrawlOptions o;
        o.pages = 100;
        o.latencyMs = 20;
        o.producers = c.producers;
        o.consumers = c.consumers;
        o.capacity = 10;
        const double ideal = double(o.pages) * o.latencyMs / o.producers;
        std::vector<double> ms;
        int saved = 0;
        for (int i = 0; i < runs; ++i) {
            const crawler::CrawlResult r = crawler::runCrawler(o);
            ms.push_back(r.elapsedMs);
            saved = r.saved;
        }
        const double m = median(ms);
        out.insert(QString::fromLatin1(c.name),
                   QJsonObject{{"ideal_ms", ideal},
                               {"elapsed_ms_median", m},
                               {"elapsed_ms_max", *std::max_element(ms.begin(), ms.end())},
                               {"over_ideal", m / ideal - 1.0},
                               {"saved", saved},
                               {"runs", runs},
                               {"within_15_percent", m <= ideal * 1.15}});
    }
    // With a tenth of the pages failing: every page still ends saved or failed.
    {
        crawler::CrawlOptions o;
        o.pages = 100;
        o.latencyMs = 20;
        o.producers = 5;
        o.consumers = 2;
        o.capacity = 10;
        o.failRate = 0.1;
        const crawler::CrawlResult r = crawler::runCrawler(o);
        out.insert(QStringLiteral("p5_c2_fail_rate_0_1"),
                   QJsonObject{{"saved", r.saved},
                               {"failed", r.failed},
                               {"saved_plus_failed", r.saved + r.failed},
                               {"elapsed_ms", r.elapsedMs},
                               {"finished", r.finished}});
    }
    return out;
}

QJsonObject crawlerCommand(const QString &app, int runs)
{
    // As a user types it: a new process each time, timed from start to exit.
    const QStringList args = {"--run",      "crawler",     "--pages", "100",         "--latency-ms",
                              "20",         "--producers", "5",       "--consumers", "2",
                              "--capacity", "10",          "--json"};
    const double ideal = 100.0 * 20 / 5;
    std::vector<double> wall, reported;
    for (int i = 0; i < runs; ++i) {
        QProcess p;
        QElapsedTimer t;
        t.start();
        p.start(app, args);
        if (!p.waitForFinished(60'000) || p.exitStatus() != QProcess::NormalExit ||
            p.exitCode() != 0)
            return QJsonObject{{"error", QStringLiteral("the command failed: ") +
                                             QString::fromLocal8Bit(p.readAllStandardError())}};
        wall.push_back(double(t.nsecsElapsed()) / 1e6);
        const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        reported.push_back(o.value(QStringLiteral("elapsed_ms")).toDouble());
    }
    const double w = median(wall), r = median(reported);
    return QJsonObject{{"ideal_ms", ideal},
                       {"wall_ms_median", w},
                       {"wall_ms_max", *std::max_element(wall.begin(), wall.end())},
                       {"reported_elapsed_ms_median", r},
                       {"runs", runs},
                       {"wall_within_25_percent", w <= ideal * 1.25},
                       {"reported_within_15_percent", r <= ideal * 1.15}};
}

QJsonObject crawlerStop(int samples)
{
    // As tst_crawlerdemo's stop tests, timed. Three crawls in turn: long answers and stalled
    // pages (every producer waits on its socket), and 32 producers with no or short latency (a
    // new connection per page: stops caught while connecting and sending).
    const std::pair<const char *, stage::Pacing> pacings[] = {
        {"run", stage::Pacing::Run},
        {"paused", stage::Pacing::Paused},
        {"scheduler", stage::Pacing::Scheduler},
        {"full", stage::Pacing::FullSpeed}};
    struct Crawl
    {
        int producers, consumers, latencyMs;
        double failRate;
    };
    const Crawl crawls[] = {{8, 2, 1500, 0.3}, {32, 32, 0, 0.2}, {32, 2, 20, 0.2}};
    const auto summary = [](std::vector<double> ms) {
        std::sort(ms.begin(), ms.end());
        return QJsonObject{
            {"p50_ms", ms[ms.size() / 2]},
            {"max_ms", ms.back()},
            {"samples", int(ms.size())},
            {"over_100ms", int(ms.end() - std::upper_bound(ms.begin(), ms.end(), 100.0))},
            {"meets_100ms", ms.back() <= 100}};
    };
    QJsonObject out;
    std::vector<double> all;
    for (const auto &[name, pacing] : pacings) {
        std::vector<double> ms;
        for (int i = 0; i < samples; ++i) {
            const Crawl &c = crawls[i % 3];
            crawler::CrawlOptions o;
            o.pages = 400;
            o.producers = c.producers;
            o.consumers = c.consumers;
            o.capacity = c.latencyMs > 100 ? 1 : 2;
            o.latencyMs = c.latencyMs;
            o.failRate = c.failRate;
            auto demo = std::make_unique<crawler::CrawlerDemo>(o);
            demo->stage().setBeat(std::chrono::milliseconds(2));
            demo->stage().setPacing(pacing);
            if (!demo->prepare(nullptr))
                return QJsonObject{{"error", QStringLiteral("the crawl could not start")}};
            demo->start();
            const bool parked =
                pacing == stage::Pacing::Paused || pacing == stage::Pacing::Scheduler;
            if (parked)
                for (int g = 0; g < 30; ++g)
                    demo->stage().grant(g % (c.producers + c.consumers + 1));
            for (int wait = 0; wait < 200; ++wait) { // up to 2 s for the crawl to be under way
                if (parked ? demo->stage().eventsRecorded() > 5
                           : demo->server().inFlight() > 0 || demo->server().requests() > 0)
                    break;
                QThread::msleep(10);
            }
            QElapsedTimer t;
            t.start();
            demo.reset(); // workers, I/O and server threads joined, sockets closed
            ms.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        all.insert(all.end(), ms.begin(), ms.end());
        out.insert(QString::fromLatin1(name), summary(ms));
    }
    out.insert(QStringLiteral("all"), summary(all));
    return out;
}

} // namespace bench
