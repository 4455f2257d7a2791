#pragma once

#include "crawlerdemo.h"

#include <QString>

namespace crawler {

/// Checks what only the whole set can say (an --out that cannot be written), creating nothing.
/// Returns an empty string or the message naming the value.
QString checkCrawlerOptions(const CrawlOptions &options);
/// Runs one crawl headless at full speed and waits for it (the `--run crawler` command). On a
/// start-up failure returns a result with finished false and sets @p error.
CrawlResult runCrawler(const CrawlOptions &options, QString *error = nullptr);
/// One line per failed page ("page 7: HTTP 500 (3 attempts)"), for stderr.
QString formatFailures(const CrawlResult &result);

} // namespace crawler
