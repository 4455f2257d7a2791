#include "crawlerdemo.h"

#include "pageparser.h"

#include <QDir>
#include <QTemporaryDir>
#include <QUrl>
#include <algorithm>
#include <chrono>

namespace crawler {

using stage::Value;

namespace {

std::int64_t nowNs()
{
    return std::chrono::steady_clock::now().time_since_epoch().count();
}

} // namespace

QStringList CrawlerDemo::stepNames()
{
    return {QStringLiteral("url"),  QStringLiteral("fetch"), QStringLiteral("retry"),
            QStringLiteral("put"),  QStringLiteral("get"),   QStringLiteral("parse"),
            QStringLiteral("save"), QStringLiteral("fail"),  QStringLiteral("join"),
            QStringLiteral("pill"), QStringLiteral("done")};
}

std::chrono::milliseconds CrawlerDemo::timeoutFor(const CrawlOptions &o)
{
    const int slow = o.slowPage > 0 ? o.slowMs : 0;
    return std::chrono::milliseconds(o.latencyMs + o.jitterMs + slow + 500);
}

CrawlerDemo::CrawlerDemo(const CrawlOptions &options)
    : m_options(options), m_stage(std::make_unique<stage::Stage>())
{
    SiteOptions site;
    site.pages = m_options.pages;
    site.itemsPerPage = m_options.itemsPerPage;
    site.latencyMs = m_options.latencyMs;
    site.jitterMs = m_options.jitterMs;
    site.failRate = m_options.failRate;
    site.slowPage = m_options.slowPage;
    site.slowMs = m_options.slowMs;
    site.seed = m_options.seed;
    // A stalled page answers well after the client gave up.
    site.stallMs = int(timeoutFor(m_options).count()) + 1000;
    m_server = std::make_unique<SiteServer>(site);

    m_stage->setSteps(stepNames());
    m_stage->addShared(QStringLiteral("saved"), 0);
    m_stage->addShared(QStringLiteral("failed"), 0);
    m_stage->addShared(QStringLiteral("items"), 0);
    m_stage->addShared(QStringLiteral("fetched"), 0);
    const int q = m_stage->addQueue(QStringLiteral("q"), m_options.capacity, false);
    m_queue = std::make_unique<stage::StageQueue<PageBody>>(
        *m_stage, q, m_options.capacity, false, [](const PageBody &b) {
            return b.pill() ? Value::str("item", "None") : Value{"item", b.page};
        });
    m_fileLock = std::make_unique<stage::StageMutex>(*m_stage, m_stage->addLock("file"));
    m_stage->addSeries(QStringLiteral("qsize"));
    if (m_options.mode == Mode::Single) {
        m_stage->addWorker(QStringLiteral("main"), [this](stage::Worker &w) { singleThread(w); });
    } else {
        for (int p = 0; p < m_options.producers; ++p)
            m_stage->addWorker(QStringLiteral("P%1").arg(p + 1),
                               [this, p](stage::Worker &w) { producer(w, p); });
        for (int c = 0; c < m_options.consumers; ++c)
            m_stage->addWorker(QStringLiteral("C%1").arg(c + 1),
                               [this](stage::Worker &w) { consumer(w); });
        m_stage->addWorker(QStringLiteral("main"), [this](stage::Worker &w) { mainThread(w); });
    }
    m_stage->setOnFinished([this] {
        m_t1Ns.store(nowNs());
        m_finished.store(true);
    });
}

CrawlerDemo::~CrawlerDemo()
{
    stop();
}

QString checkUrlTemplate(const QString &t)
{
    if (!t.startsWith(QLatin1String("http://")))
        return QStringLiteral("it must start with http://");
    const int slash = int(t.indexOf(QLatin1Char('/'), int(qstrlen("http://"))));
    const int page = int(t.indexOf(QLatin1String("{page}")));
    if (page < 0)
        return QStringLiteral("it must hold {page} where the page number goes");
    if (slash < 0 || page < slash)
        return QStringLiteral("{page} must be in its path or query, after the host");
    const QUrl url(QString(t).replace(QLatin1String("{page}"), QLatin1String("1")),
                   QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return QStringLiteral("it is not a URL with a host");
    return {};
}

std::string CrawlerDemo::pathFor(int page) const
{
    if (m_options.urlTemplate.isEmpty())
        return SiteServer::path(page);
    return m_pathBefore + std::to_string(page) + m_pathAfter;
}

bool CrawlerDemo::prepare(QString *error)
{
    if (m_prepared)
        return true;
    PageParser::initialize();
    std::string why;
    if (!m_options.urlTemplate.isEmpty()) {
        // Someone else's site: reachable within the timeout, or a clear message, never a hang.
        const QString bad = checkUrlTemplate(m_options.urlTemplate);
        if (!bad.isEmpty()) {
            if (error)
                *error = QStringLiteral("URL template %1: %2").arg(m_options.urlTemplate, bad);
            return false;
        }
        const QString t = m_options.urlTemplate;
        const int at = int(t.indexOf(QLatin1String("{page}")));
        const QUrl url(QString(t).replace(QLatin1String("{page}"), QLatin1String("1")));
        m_host = url.host().toStdString();
        m_port = url.port(80);
        // The path keeps the template's own spelling around {page}.
        const int pathStart = int(t.indexOf(QLatin1Char('/'), int(qstrlen("http://"))));
        const QString path = t.mid(pathStart); // checked: {page} is in it
        const int pageAt = at - pathStart;
        m_pathBefore = path.left(pageAt).toStdString();
        m_pathAfter = path.mid(pageAt + 6).toStdString();
        const auto timeout = timeoutFor(m_options);
        if (!Fetcher::reachable(m_host, m_port, timeout, &why)) {
            if (error)
                *error = QStringLiteral("cannot reach %1:%2 within %3 ms (%4)")
                             .arg(QString::fromStdString(m_host))
                             .arg(m_port)
                             .arg(timeout.count())
                             .arg(QString::fromStdString(why));
            return false;
        }
    } else {
        if (!m_server->start(&why)) {
            if (error)
                *error = QString::fromStdString(why);
            return false;
        }
        m_host = SiteServer::host();
        m_port = m_server->port();
    }
    m_outPath = m_options.out;
    if (m_outPath.isEmpty()) {
        m_tempDir = std::make_unique<QTemporaryDir>();
        if (!m_tempDir->isValid()) {
            if (error)
                *error = m_tempDir->errorString();
            return false;
        }
        m_outPath = m_tempDir->filePath(QStringLiteral("items.jsonl"));
    }
    m_file = std::fopen(QFile::encodeName(m_outPath).constData(), "w");
    if (!m_file) {
        if (error)
            *error = QStringLiteral("cannot write %1").arg(m_outPath);
        return false;
    }
    const int producers = m_options.mode == Mode::Single ? 1 : m_options.producers;
    for (int p = 0; p < producers; ++p)
        m_fetchers.push_back(
            std::make_unique<Fetcher>(*m_stage, p, m_host, m_port, timeoutFor(m_options)));
    m_prepared = true;
    return true;
}

void CrawlerDemo::start()
{
    if (!m_prepared && !prepare(&m_startError) && m_startError.isEmpty())
        m_startError = QStringLiteral("the crawl could not start");
    if (!m_file || m_started)
        return;
    m_started = true;
    m_t0Ns.store(nowNs());
    m_stage->start();
}

void CrawlerDemo::releaseFinishedRun()
{
    if (!m_finished.load())
        return;
    m_stage->wait(); // every worker has ended: this only joins their threads
    releaseSiteAndFile();
}

void CrawlerDemo::stop()
{
    m_stage->stop(); // workers unwind: stop hooks shut every client socket down
    releaseSiteAndFile();
}

void CrawlerDemo::releaseSiteAndFile()
{
    m_server->stop();   // delays end, server threads joined
    m_fetchers.clear(); // I/O threads joined, their stop hooks removed
    if (m_file) {
        std::fclose(m_file);
        m_file = nullptr;
    }
}

CrawlResult CrawlerDemo::result() const
{
    CrawlResult r;
    r.pages = m_options.pages;
    {
        std::lock_guard lk(m_ledgerMutex);
        r.saved = m_saved;
        r.failed = m_failed;
        r.items = m_items;
        r.failures = m_failures;
    }
    std::sort(r.failures.begin(), r.failures.end(),
              [](const Failure &a, const Failure &b) { return a.page < b.page; });
    r.finished = m_finished.load();
    const std::int64_t t1 = r.finished ? m_t1Ns.load() : nowNs();
    r.elapsedMs = m_started ? double(t1 - m_t0Ns.load()) / 1e6 : 0;
    return r;
}

CrawlTally CrawlerDemo::tally(const stage::Scene &scene)
{
    CrawlTally t;
    const auto &s = scene.shared();
    if (s.size() > std::size_t(FetchedId)) {
        t.saved = s[SavedId].value;
        t.failed = s[FailedId].value;
        t.items = s[ItemsId].value;
        t.fetched = s[FetchedId].value;
    }
    return t;
}

void CrawlerDemo::fail(stage::Worker &w, Failure failure)
{
    w.at(int(Step::Fail), {{"page", failure.page}, Value::str("reason", failure.reason)});
    std::lock_guard lk(m_ledgerMutex);
    m_failures.push_back(std::move(failure));
    w.wrote(FailedId, ++m_failed); // recorded under the ledger's lock: in order
}

// @listing-begin
bool CrawlerDemo::fetch(stage::Worker &w, Fetcher &f, int page, std::string *html, Failure *why)
{
    const int attempts = 1 + m_options.retries;
    for (int attempt = 1; attempt <= attempts; ++attempt) {
        w.at(int(Step::Fetch), {{"page", page}, {"attempt", attempt}});
        Response r = f.get(w, pathFor(page)); // resp = requests.get(url) // @step fetch
        if (r.status == 200) {
            *html = std::move(r.body);
            return true;
        }
        why->reason = r.status ? "HTTP " + std::to_string(r.status) : r.error;
        why->status = r.status;
        why->kind = r.status                     ? FailKind::Http
                    : r.why == NoAnswer::Timeout ? FailKind::Timeout
                    : r.why == NoAnswer::Connect ? FailKind::Connect
                                                 : FailKind::NoAnswer;
        if (attempt < attempts) {
            w.at(int(Step::Retry), {{"page", page}, {"attempt", attempt}});
            w.sleep(std::chrono::milliseconds(20 * attempt)); // back off, then again // @step retry
        }
    }
    why->page = page;
    why->attempts = attempts;
    why->reason += " (" + std::to_string(attempts) + (attempts == 1 ? " attempt)" : " attempts)");
    return false;
}

void CrawlerDemo::producer(stage::Worker &w, int index)
{
    Fetcher &f = *m_fetchers[std::size_t(index)];
    for (;;) { // for page in lt:
        const int page = m_nextPage.fetch_add(1) + 1;
        if (page > m_options.pages)
            return;
        w.at(int(Step::Url), {{"page", page}}); // url = base + str(page) // @step url
        std::string html;
        Failure why;
        if (!fetch(w, f, page, &html, &why)) {
            fail(w, std::move(why));
            continue;
        }
        w.at(int(Step::Put), {{"page", page}});
        m_queue->put(w, PageBody{page, std::move(html)}); // q.put(resp) // @step put
        w.set(stage::ObjectKind::Series, FillSeries, m_queue->size());
        std::lock_guard lk(m_ledgerMutex);
        w.wrote(FetchedId, ++m_fetched);
    }
}

void CrawlerDemo::consumer(stage::Worker &w)
{
    for (;;) {
        w.at(int(Step::Get));
        PageBody body = m_queue->get(w); // resp = q.get() // @step get
        w.set(stage::ObjectKind::Series, FillSeries, m_queue->size());
        if (body.pill()) {
            w.at(int(Step::Done), {Value::str("item", "None")}); // None: break // @step done
            return;
        }
        consume(w, body.page, body.html);
    }
}

void CrawlerDemo::consume(stage::Worker &w, int page, const std::string &html)
{
    w.at(int(Step::Parse), {{"page", page}});
    const ParsedPage parsed = PageParser::parse(html); // items = parse(resp) // @step parse
    if (!parsed.ok()) {
        fail(w, {page, "malformed page: " + parsed.error, FailKind::Malformed});
        return;
    }
    w.at(int(Step::Save), {{"page", page}, {"items", std::int64_t(parsed.items.size())}});
    {
        stage::StageLockGuard guard(*m_fileLock, w); // one writer at a time // @step save
        for (const Item &item : parsed.items) {
            const std::string line = PageParser::jsonLine(page, item);
            std::fwrite(line.data(), 1, line.size(), m_file);
        }
    }
    std::lock_guard lk(m_ledgerMutex);
    m_items += std::int64_t(parsed.items.size());
    w.wrote(ItemsId, m_items);
    w.wrote(SavedId, ++m_saved);
}

void CrawlerDemo::mainThread(stage::Worker &w)
{
    for (int p = 0; p < m_options.producers; ++p) {
        w.at(int(Step::Join), {{"t", p + 1}});
        m_stage->join(w, p); // t.join() // @step join
    }
    for (int c = 0; c < m_options.consumers; ++c) {
        w.at(int(Step::Pill), {{"pill", c + 1}});
        m_queue->put(w, PageBody{}); // q.put(None): one per consumer // @step pill
    }
    for (int c = 0; c < m_options.consumers; ++c)
        m_stage->join(w, m_options.producers + c);
    std::fflush(m_file);
}

void CrawlerDemo::singleThread(stage::Worker &w)
{
    Fetcher &f = *m_fetchers.front();
    for (int page = 1; page <= m_options.pages; ++page) { // while 1:
        w.at(int(Step::Url), {{"page", page}});
        std::string html;
        Failure why;
        if (!fetch(w, f, page, &html, &why)) { // 生产数据
            fail(w, std::move(why));
            continue;
        }
        consume(w, page, html); // 消费数据
    }
    std::fflush(m_file);
}
// @listing-end

} // namespace crawler
