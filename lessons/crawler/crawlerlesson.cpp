#include "crawlerlesson.h"

#include "crawler/crawlerpanel.h"
#include "crawler/crawlrun.h"

#include "crawler/tr.h"

#include <QTextStream>
#include <cstdio>

namespace crawler {

namespace {

// `--run crawler`: producers GET pages of the loopback site, consumers parse and save them.
widgets::RunDemo crawlerDemo()
{
    using widgets::DemoOption;
    widgets::RunDemo d;
    d.name = QStringLiteral("crawler");
    d.help = QT_TRANSLATE_NOOP("Crawler", "P producers fetch N pages over real HTTP from the "
                                          "app's loopback site, C consumers parse and save them; "
                                          "each failed page's reason goes to stderr");
    const CrawlOptions defaults;
    d.options = {
        DemoOption::integer(QStringLiteral("pages"), 1, MaxPages, defaults.pages,
                            QStringLiteral("N"), QT_TRANSLATE_NOOP("Crawler", "pages to crawl")),
        DemoOption::integer(QStringLiteral("producers"), 1, MaxWorkers, defaults.producers,
                            QStringLiteral("P"),
                            QT_TRANSLATE_NOOP("Crawler", "producer threads (fetch)")),
        DemoOption::integer(QStringLiteral("consumers"), 1, MaxWorkers, defaults.consumers,
                            QStringLiteral("C"),
                            QT_TRANSLATE_NOOP("Crawler", "consumer threads (parse and save)")),
        DemoOption::integer(QStringLiteral("capacity"), 0, MaxCapacity, defaults.capacity,
                            QStringLiteral("Q"),
                            QT_TRANSLATE_NOOP("Crawler", "the queue's maxsize, 0 = unbounded")),
        DemoOption::integer(QStringLiteral("latency-ms"), 0, MaxLatencyMs, defaults.latencyMs,
                            QStringLiteral("L"),
                            QT_TRANSLATE_NOOP("Crawler", "the site's delay per answer, in ms")),
        DemoOption::integer(QStringLiteral("jitter-ms"), 0, MaxLatencyMs, defaults.jitterMs,
                            QStringLiteral("J"),
                            QT_TRANSLATE_NOOP("Crawler", "± random delay, in ms")),
        DemoOption::number(QStringLiteral("fail-rate"), 0, 1, defaults.failRate,
                           QStringLiteral("F"),
                           QT_TRANSLATE_NOOP("Crawler", "share of pages that fail (500, stall, "
                                                        "malformed)")),
        DemoOption::choice(QStringLiteral("mode"),
                           {QStringLiteral("threads"), QStringLiteral("single")},
                           QStringLiteral("threads"),
                           QT_TRANSLATE_NOOP("Crawler", "producers and consumers, or the notes' "
                                                        "single-threaded while loop")),
        DemoOption::text(QStringLiteral("out"), QString(), QStringLiteral("FILE"),
                         QT_TRANSLATE_NOOP("Crawler", "JSON Lines file for the saved items "
                                                      "(default: a temporary file, removed)")),
        DemoOption::text(QStringLiteral("url-template"), QString(), QStringLiteral("URL"),
                         QT_TRANSLATE_NOOP("Crawler", "crawl http://…{page}… instead of the "
                                                      "app's own site (needs the internet)")),
    };
    const auto options = [](const widgets::DemoValues &v) {
        CrawlOptions o;
        const auto n = [&](const char *key) {
            return int(v.value(QLatin1String(key)).toLongLong());
        };
        o.pages = n("pages");
        o.producers = n("producers");
        o.consumers = n("consumers");
        o.capacity = n("capacity");
        o.latencyMs = n("latency-ms");
        o.jitterMs = n("jitter-ms");
        o.failRate = v.value(QStringLiteral("fail-rate")).toDouble();
        o.mode = v.value(QStringLiteral("mode")).toString() == QLatin1String("single")
                     ? Mode::Single
                     : Mode::Threads;
        o.out = v.value(QStringLiteral("out")).toString();
        o.urlTemplate = v.value(QStringLiteral("url-template")).toString();
        return o;
    };
    // The checks the options alone cannot make: --out must be writable (nothing is created to
    // find out) and --url-template an http:// URL with {page}.
    d.check = [options](const widgets::DemoValues &v) { return checkCrawlerOptions(options(v)); };
    const auto report = [](const CrawlResult &r) {
        return widgets::DemoResult{{QStringLiteral("pages"), r.pages},
                                   {QStringLiteral("saved"), r.saved},
                                   {QStringLiteral("failed"), r.failed},
                                   {QStringLiteral("elapsed_ms"), r.elapsedMs}};
    };
    // A command, not a plain run: a crawl that cannot start (a site out of reach) exits 1 with
    // the reason on stderr; each failed page's reason goes there too.
    d.command = [options, report](const widgets::DemoValues &v, bool json, QTextStream &out,
                                  QTextStream &err) {
        QString error;
        const CrawlResult r = runCrawler(options(v), &error);
        if (!error.isEmpty()) {
            err << Tr::tr("The crawler cannot start: %1").arg(error) << '\n';
            return 1;
        }
        err << formatFailures(r);
        err.flush();
        out << widgets::formatResult(report(r), json);
        return 0;
    };
    return d;
}

} // namespace

const widgets::Lesson &lesson()
{
    static const widgets::Lesson l = [] {
        widgets::Lesson x;
        x.id = QStringLiteral("crawler");
        x.trContext = "Crawler";
        x.title = QT_TRANSLATE_NOOP("Crawler", "Multithreaded crawler");
        x.panel = [](QWidget *parent) { return new CrawlerPanel(parent); };
        x.demos = {crawlerDemo()};
        return x;
    }();
    return l;
}

} // namespace crawler
