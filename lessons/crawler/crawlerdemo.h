#pragma once

#include "fetcher.h"
#include "siteserver.h"
#include "stage/scene.h"
#include "stage/stage.h"
#include "stage/stagemutex.h"
#include "stage/stagequeue.h"

#include <QString>
#include <QStringList>
#include <atomic>
#include <cstdio>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

class QTemporaryDir;

namespace crawler {

/// How the crawl is organised.
enum class Mode {
    Threads, ///< producer threads → bounded queue → consumer threads (生产者消费者)
    Single, ///< the notes' `while 1: 生产数据; 消费数据`: one thread fetches, parses, saves
};

/// The knobs of one crawl.
struct CrawlOptions
{
    Mode mode = Mode::Threads;
    int pages = 100;        ///< 1 … MaxPages
    int producers = 5;      ///< 1 … MaxWorkers
    int consumers = 2;      ///< 1 … MaxWorkers
    int capacity = 10;      ///< the queue's maxsize, 0 (unbounded) … MaxCapacity
    int latencyMs = 20;     ///< the site's delay per answer, 0 … MaxLatencyMs
    int jitterMs = 0;       ///< ± at random, 0 … MaxLatencyMs
    double failRate = 0;    ///< share of pages that fail, 0 … 1
    int slowPage = -1;      ///< one deliberately slow page (-1: none)
    int slowMs = 1000;      ///< its extra delay
    int retries = 2;        ///< extra attempts after a failed GET
    int itemsPerPage = 10;  ///< items on each page
    std::uint64_t seed = 1; ///< which pages fail, the jitter
    QString out;            ///< JSON Lines file; empty: a temporary file removed afterwards
    /// For classrooms with internet: pages from `http://host[:port]/path…{page}…` instead of the
    /// app's own site; empty (the default): the loopback site.
    QString urlTemplate;
};

/// Checks @p urlTemplate (an http:// URL holding {page}); an empty string when it is usable,
/// else what is wrong with it.
QString checkUrlTemplate(const QString &urlTemplate);

/// What went wrong with a page, for a panel to say in the class's language.
enum class FailKind {
    Http,      ///< the site answered with an error status (status)
    Timeout,   ///< no answer in time
    Connect,   ///< the host could not be reached
    NoAnswer,  ///< no answer for another reason
    Malformed, ///< the page came but could not be parsed
};

/// Why one page was not saved.
struct Failure
{
    int page = 0;
    std::string reason; ///< e.g. "HTTP 500 (3 attempts)", "malformed page: item 4 has no price"
    FailKind kind = FailKind::NoAnswer; ///< the reason's kind
    int status = 0;                     ///< Http: the status
    int attempts = 0;                   ///< GETs made (0 for a malformed page)
};

/// What a crawl did; saved + failed = pages once it finished.
struct CrawlResult
{
    int pages = 0;
    int saved = 0;                 ///< pages whose items were written
    int failed = 0;                ///< pages that could not be fetched or parsed
    std::int64_t items = 0;        ///< items written
    double elapsedMs = 0;          ///< from start to the last worker's end
    std::vector<Failure> failures; ///< one per failed page, by page
    bool finished = false;         ///< the crawl ran to its end (not stopped)
};

/// The counters a panel shows, folded from the Scene.
struct CrawlTally
{
    std::int64_t saved = 0;
    std::int64_t failed = 0;
    std::int64_t items = 0;
    std::int64_t fetched = 0; ///< answers put into the queue
};

constexpr int MaxWorkers = 32;
constexpr int MaxPages = 10000;
constexpr int MaxCapacity = 10000;
constexpr int MaxLatencyMs = 2000;

/// The multithreaded crawler of the notes on real HTTP: producer threads take page numbers
/// (`for page in lt`), GET each page from the embedded loopback SiteServer (with a timeout and a
/// bounded retry) and put the answers into a bounded StageQueue; consumer threads get them, parse
/// the items with libxml2 and append them to a JSON Lines file; the main thread joins the
/// producers and puts one poison pill per consumer. Accounting is exact: every page ends saved or
/// failed with its reason.
class CrawlerDemo
{
public:
    /// Visible steps.
    enum class Step : int {
        Url = 0,   ///< producer: url = base + page
        Fetch = 1, ///< producer: resp = requests.get(url)
        Retry = 2, ///< producer: waits before the next attempt
        Put = 3,   ///< producer: q.put(resp)
        Get = 4,   ///< consumer: resp = q.get()
        Parse = 5, ///< consumer: items = parse(resp)
        Save = 6,  ///< consumer: append to the file
        Fail = 7,  ///< a page counted as failed, with its reason
        Join = 8,  ///< main: t.join()
        Pill = 9,  ///< main: q.put(None)
        Done = 10, ///< consumer: got None
    };

    /// Sets the stage up for @p options; prepare() then start().
    explicit CrawlerDemo(const CrawlOptions &options);
    /// Stops: unwinds the workers, stops the server, closes sockets and the file.
    ~CrawlerDemo();
    CrawlerDemo(const CrawlerDemo &) = delete;
    CrawlerDemo &operator=(const CrawlerDemo &) = delete;

    /// Starts the server and opens the output file. False with a message if either fails.
    bool prepare(QString *error);
    /// Starts the workers, preparing first if prepare() was not called (the panel prepares at
    /// Play, so a lesson page that is only shown holds no server threads or sockets).
    void start();
    /// Stops everything and joins every thread. Idempotent.
    void stop();
    /// Once the run has finished: lets the site's 64 server threads and the fetchers' threads
    /// go and closes the output file. The scene and the saved items stay for the class to read.
    void releaseFinishedRun();
    /// The stage the workers run on.
    stage::Stage &stage() { return *m_stage; }
    /// The site.
    SiteServer &server() { return *m_server; }
    /// Why the last start() could not prepare the crawl (empty when it could).
    QString startError() const { return m_startError; }
    /// The knobs.
    const CrawlOptions &options() const { return m_options; }
    /// The path the producers GET for @p page (the site's, or the URL template's).
    std::string pathFor(int page) const;
    /// The JSON Lines file the consumers write.
    QString outputPath() const { return m_outPath; }
    /// The result so far (final once the stage finished).
    CrawlResult result() const;
    /// The read timeout of a GET for @p options: the slowest honest answer plus a margin.
    static std::chrono::milliseconds timeoutFor(const CrawlOptions &options);

    /// The counters as of @p scene.
    static CrawlTally tally(const stage::Scene &scene);
    /// Step names by id.
    static QStringList stepNames();
    static constexpr int QueueId = 0;    ///< the response queue
    static constexpr int FileLock = 0;   ///< the output file's lock
    static constexpr int FillSeries = 0; ///< the queue's fill over time
    static constexpr int SavedId = 0;    ///< shared counters
    static constexpr int FailedId = 1;
    static constexpr int ItemsId = 2;
    static constexpr int FetchedId = 3;

private:
    /// Once no worker runs any more: the site's and the fetchers' threads joined, the file closed.
    void releaseSiteAndFile();
    /// A page's answer in the queue, or a poison pill (page 0).
    struct PageBody
    {
        int page = 0;
        std::string html;
        bool pill() const { return page == 0; }
    };

    void producer(stage::Worker &w, int index);
    void consumer(stage::Worker &w);
    void mainThread(stage::Worker &w);
    void singleThread(stage::Worker &w);
    /// Fetches @p page with retries; false with @p why filled in when it failed.
    bool fetch(stage::Worker &w, Fetcher &f, int page, std::string *html, Failure *why);
    /// Parses and saves @p page; counts it saved or failed.
    void consume(stage::Worker &w, int page, const std::string &html);
    void fail(stage::Worker &w, Failure failure);

    CrawlOptions m_options;
    std::unique_ptr<stage::Stage> m_stage;
    std::unique_ptr<SiteServer> m_server;
    std::string m_host;       ///< where the producers connect (set by prepare())
    int m_port = 0;           ///< its port
    std::string m_pathBefore; ///< a URL template's path before {page}
    std::string m_pathAfter;  ///< and after it
    std::vector<std::unique_ptr<Fetcher>> m_fetchers;
    std::unique_ptr<stage::StageQueue<PageBody>> m_queue;
    std::unique_ptr<stage::StageMutex> m_fileLock;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    QString m_outPath;
    std::FILE *m_file = nullptr; ///< written under m_fileLock
    std::atomic<int> m_nextPage{0};
    std::atomic<std::int64_t> m_t0Ns{0};
    std::atomic<std::int64_t> m_t1Ns{0};
    std::atomic<bool> m_finished{false};
    bool m_started = false;
    bool m_prepared = false; ///< prepare() succeeded: the server, fetchers and file are ready
    QString m_startError;    ///< why start() could not prepare, for the panel

    mutable std::mutex m_ledgerMutex; ///< the accounting below
    int m_saved = 0;
    int m_failed = 0;
    std::int64_t m_items = 0;
    std::int64_t m_fetched = 0;
    std::vector<Failure> m_failures;
};

} // namespace crawler
