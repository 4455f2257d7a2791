#include "siteserver.h"

#include <httplib.h>

#include <chrono>
#include <cstdio>
#include <sys/socket.h>

namespace crawler {

namespace {

/// A well-mixed 64-bit hash (splitmix64): the same page always gets the same fate.
std::uint64_t mix(std::uint64_t z)
{
    z += 0x9E3779B97F4A7C15ull;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

double unit(std::uint64_t h)
{
    return double(h >> 11) * (1.0 / 9007199254740992.0);
}

/// Server threads: enough for 32 producers plus stalled answers still sleeping.
constexpr int ServerThreads = 64;

} // namespace

SiteServer::SiteServer(const SiteOptions &options)
    : m_options(options), m_latencyMs(options.latencyMs), m_jitterMs(options.jitterMs)
{}

SiteServer::~SiteServer()
{
    stop();
}

std::string SiteServer::path(int page)
{
    return "/page/" + std::to_string(page);
}

std::string SiteServer::url(int page) const
{
    return std::string("http://") + host() + ':' + std::to_string(m_port) + path(page);
}

PageFate SiteServer::fate(int page) const
{
    const std::uint64_t h = mix(m_options.seed * 1000003u + std::uint64_t(page));
    if (unit(h) >= m_options.failRate)
        return PageFate::Ok;
    switch (mix(h) % 3) {
    case 0:
        return PageFate::Error500;
    case 1:
        return PageFate::Stall;
    default:
        return PageFate::Malformed;
    }
}

int SiteServer::priceCents(int page, int item)
{
    return 100 + int(mix(std::uint64_t(page) * 131u + std::uint64_t(item)) % 99900);
}

std::string SiteServer::pageHtml(int page, int items)
{
    std::string html = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Page " +
                       std::to_string(page) + "</title></head>\n<body><h1>商品列表 第 " +
                       std::to_string(page) + " 页</h1>\n<ul class=\"items\">\n";
    for (int i = 1; i <= items; ++i) {
        const int cents = priceCents(page, i);
        char price[32];
        std::snprintf(price, sizeof price, "%d.%02d", cents / 100, cents % 100);
        html += "<li class=\"item\"><span class=\"title\">商品 " + std::to_string(page) + '-' +
                std::to_string(i) + " &amp; Co</span> <span class=\"price\">" + price +
                "</span></li>\n";
    }
    html += "</ul>\n<p class=\"next\"><a href=\"/page/" + std::to_string(page + 1) +
            "\">next</a></p></body></html>\n";
    return html;
}

int SiteServer::delayFor(int page, std::int64_t attempt) const
{
    int ms = m_latencyMs.load();
    const int jitter = m_jitterMs.load();
    if (jitter > 0) {
        const std::uint64_t h =
            mix(m_options.seed ^ (std::uint64_t(page) << 20) ^ std::uint64_t(attempt));
        ms += int(h % std::uint64_t(2 * jitter + 1)) - jitter;
    }
    if (page == m_options.slowPage)
        ms += m_options.slowMs;
    return std::max(0, ms);
}

bool SiteServer::delay(int ms)
{
    std::unique_lock lk(m_mutex);
    return !m_cv.wait_for(lk, std::chrono::milliseconds(ms), [this] { return m_stopping; });
}

bool SiteServer::start(std::string *error)
{
    if (m_server)
        return true;
    m_server = std::make_unique<httplib::Server>();
    httplib::Server &s = *m_server;
    s.new_task_queue = [] { return new httplib::ThreadPool(ServerThreads); };
    s.set_payload_max_length(std::size_t(m_options.maxRequestBytes));
    s.set_keep_alive_max_count(1); // one request per connection, like requests.get()
    s.set_tcp_nodelay(true);       // headers and body go out at once (no Nagle + delayed ACK)
    // The library listens with a backlog of 5: with more producers connecting at once than
    // that, the kernel drops a SYN and the client waits a second to send it again. Its own
    // options (SO_REUSEADDR) do not matter on a port of the system's choosing.
    int listening = -1;
    s.set_socket_options([&listening](socket_t sock) { listening = sock; });
    s.set_read_timeout(1, 0);
    s.set_write_timeout(1, 0);
    s.set_pre_routing_handler([this](const httplib::Request &req, httplib::Response &res) {
        // The cap holds whatever the method: a GET's body would not even be read.
        if (req.get_header_value<std::uint64_t>("Content-Length") >
            std::uint64_t(m_options.maxRequestBytes)) {
            res.status = 413;
            return httplib::Server::HandlerResponse::Handled;
        }
        if (req.method != "GET" && req.method != "HEAD") {
            res.status = 405;
            res.set_header("Allow", "GET, HEAD");
            return httplib::Server::HandlerResponse::Handled;
        }
        return httplib::Server::HandlerResponse::Unhandled;
    });
    s.Get(R"(/page/(\d{1,9}))", [this](const httplib::Request &req, httplib::Response &res) {
        m_inFlight.fetch_add(1);
        const std::int64_t n = m_requests.fetch_add(1);
        const int page = std::stoi(req.matches[1].str());
        if (page < 1 || page > m_options.pages) {
            res.status = 404;
            res.set_content("no such page\n", "text/plain");
        } else {
            const PageFate f = fate(page);
            if (f == PageFate::Stall)
                delay(m_options.stallMs);
            else
                delay(delayFor(page, n));
            if (f == PageFate::Error500) {
                res.status = 500;
                res.set_content("internal server error\n", "text/plain");
            } else if (f == PageFate::Malformed) {
                std::string html = pageHtml(page, m_options.itemsPerPage);
                const std::size_t cut = html.find("<span class=\"price\">");
                html.resize(cut == std::string::npos ? html.size() / 2 : cut + 13);
                res.set_content(html, "text/html; charset=utf-8");
            } else {
                res.set_content(pageHtml(page, m_options.itemsPerPage), "text/html; charset=utf-8");
            }
        }
        m_inFlight.fetch_sub(1);
    });
    m_port = s.bind_to_any_port(host());
    if (m_port <= 0) {
        m_port = 0;
        m_server.reset();
        if (error)
            *error = "cannot bind 127.0.0.1";
        return false;
    }
    s.set_socket_options([](socket_t) {});
    ::listen(listening, SOMAXCONN); // again: Linux takes the new backlog
    m_listener = std::thread([this] {
        m_server->listen_after_bind();
        m_listenEnded.store(true);
    });
    // stop() is a no-op until the accept loop runs: wait for it so stop() always ends it.
    while (!m_server->is_running() && !m_listenEnded.load())
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    return true;
}

void SiteServer::stop()
{
    {
        std::lock_guard lk(m_mutex);
        m_stopping = true;
    }
    m_cv.notify_all();
    if (m_server)
        m_server->stop();
    if (m_listener.joinable())
        m_listener.join();
}

} // namespace crawler
