#pragma once

#include "crawlerdemo.h"

#include <QString>
#include <QStringList>

namespace crawler {

/// The options `--run crawler` takes (each with a value).
QStringList crawlerOptionNames();
/// Applies `--option value` of `--run crawler` to @p options. Returns an empty string, or a
/// message naming the bad value and what is allowed (the caller exits with code 2).
QString applyCrawlerOption(CrawlOptions &options, const QString &option, const QString &value);
/// Checks what only the whole set can say (an --out that cannot be written), creating nothing.
/// Returns an empty string or the message.
QString checkCrawlerOptions(const CrawlOptions &options);
/// One line of usage for `--run crawler`.
QString crawlerUsage();
/// Runs one crawl headless at full speed and waits for it (the `--run crawler` command). On a
/// start-up failure returns a result with finished false and sets @p error.
CrawlResult runCrawler(const CrawlOptions &options, QString *error = nullptr);
/// @p result as `key: value` lines, or as one JSON object with exactly the keys pages, saved,
/// failed and elapsed_ms when @p json is true.
QString formatCrawlResult(const CrawlResult &result, bool json);
/// One line per failed page ("page 7: HTTP 500 (3 attempts)"), for stderr.
QString formatFailures(const CrawlResult &result);

} // namespace crawler
