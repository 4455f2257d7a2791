#include "lessonbench.h"

#include "crawler/crawlrun.h"
#include "queues/queuedemo.h"

#include <QJsonArray>
#include <algorithm>
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
    return out;
}

} // namespace bench
