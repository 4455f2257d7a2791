#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

namespace httplib {
class Server;
}

namespace crawler {

/// What the site does with one page.
enum class PageFate {
    Ok,        ///< 200 with a well-formed list of items
    Error500,  ///< 500 Internal Server Error, every time
    Stall,     ///< answers only after the stall time (past any client's timeout)
    Malformed, ///< 200, but the HTML breaks off inside an item
};

/// The knobs of the generated site.
struct SiteOptions
{
    int pages = 100;            ///< /page/1 … /page/N exist
    int itemsPerPage = 10;      ///< items on each list page
    int latencyMs = 0;          ///< delay before each answer, 0 … 2000
    int jitterMs = 0;           ///< ± this much at random on top of the latency
    double failRate = 0;        ///< share of pages that fail (500, stall or malformed), 0 … 1
    int slowPage = -1;          ///< this page takes slowMs longer (-1: none)
    int slowMs = 1000;          ///< extra delay of the slow page
    int stallMs = 3000;         ///< how long a stalled page keeps its client waiting
    std::uint64_t seed = 1;     ///< which pages fail and the jitter
    int maxRequestBytes = 2048; ///< requests with a larger body are refused (413)
};

/// A generated shop site on an embedded HTTP/1.1 server (cpp-httplib's thread-pool server),
/// bound to 127.0.0.1 on a free port: list pages /page/N of items with a title and a price.
/// Answers 404 to every other path, 400 to a malformed request, 413 past the request size cap.
/// Delays wait interruptibly: stop() ends them and joins the server's threads at once.
class SiteServer
{
public:
    /// A server for @p options, not listening yet.
    explicit SiteServer(const SiteOptions &options);
    /// Stops and joins.
    ~SiteServer();
    SiteServer(const SiteServer &) = delete;
    SiteServer &operator=(const SiteServer &) = delete;

    /// Binds 127.0.0.1 on a free port and starts serving. False (with @p error) if it cannot.
    bool start(std::string *error = nullptr);
    /// Ends every delay, closes the listening socket, joins every server thread. Idempotent.
    void stop();
    /// The port it listens on (0 before start()).
    int port() const { return m_port; }
    /// "127.0.0.1"
    static const char *host() { return "127.0.0.1"; }
    /// The path of page @p page: "/page/N" (the notes' `for page in lt: # 拼接url`).
    static std::string path(int page);
    /// The full URL of page @p page.
    std::string url(int page) const;

    /// Changes the latency while serving.
    void setLatencyMs(int ms) { m_latencyMs.store(ms); }
    /// Changes the jitter while serving.
    void setJitterMs(int ms) { m_jitterMs.store(ms); }
    /// What the site does with page @p page (fixed by the seed and the fail rate).
    PageFate fate(int page) const;
    /// The HTML of a well-formed page @p page with @p items items.
    static std::string pageHtml(int page, int items);
    /// The price of item @p item of page @p page, in cents.
    static int priceCents(int page, int item);
    /// Requests answered so far (any status).
    std::int64_t requests() const { return m_requests.load(); }
    /// Requests being answered right now.
    int inFlight() const { return m_inFlight.load(); }

private:
    /// Waits @p ms unless stop() comes first; false if it did.
    bool delay(int ms);
    int delayFor(int page, std::int64_t attempt) const;

    SiteOptions m_options;
    std::unique_ptr<httplib::Server> m_server;
    std::thread m_listener;
    int m_port = 0;
    std::atomic<int> m_latencyMs;
    std::atomic<int> m_jitterMs;
    std::atomic<std::int64_t> m_requests{0};
    std::atomic<int> m_inFlight{0};
    std::atomic<bool> m_listenEnded{false};
    std::mutex m_mutex;
    std::condition_variable m_cv;
    bool m_stopping = false; ///< guarded by m_mutex
};

} // namespace crawler
