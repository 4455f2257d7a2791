#pragma once

#include "stage/stage.h"

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace httplib {
class Client;
}

namespace crawler {

/// Why a GET got no answer.
enum class NoAnswer {
    None,    ///< it got one
    Timeout, ///< connected, but nothing came back in time
    Connect, ///< the host could not be reached
    Other,   ///< anything else (see Response::error)
};

/// What one HTTP GET gave.
struct Response
{
    int status = 0;                ///< HTTP status, 0 when no answer came
    std::string body;              ///< the page
    std::string error;             ///< why there was no answer ("timeout", "cannot connect", …)
    NoAnswer why = NoAnswer::None; ///< the same, for a panel to say in the class's language
};

/// One producer's connection: a blocking HTTP/1.1 client (cpp-httplib, the C++ twin of the
/// notes' `requests.get`) whose socket I/O runs on a thread of its own while the producer waits
/// for the answer through the stage — drawn blocked on its socket, settled for the scheduler, and
/// woken by stop() at once. stop() also shuts down every socket the client has made, connecting
/// or connected, and any it makes after, so the I/O thread ends promptly.
class Fetcher
{
public:
    /// A connection to @p host:@p port known to @p stage as socket @p socketId; a GET gives up
    /// after @p timeout without an answer.
    Fetcher(stage::Stage &stage, int socketId, const std::string &host, int port,
            std::chrono::milliseconds timeout);
    /// Shuts the socket down and joins the I/O thread.
    ~Fetcher();
    Fetcher(const Fetcher &) = delete;
    Fetcher &operator=(const Fetcher &) = delete;

    /// `requests.get(url)`: sends GET @p path and waits for the answer. Throws stage::Stopped.
    Response get(stage::Worker &w, const std::string &path);
    /// The stage's socket id of this connection.
    int socketId() const { return m_socketId; }
    /// Whether @p host:@p port accepts a connection within @p timeout (any HTTP answer, or none,
    /// counts: only a connection that cannot be made does not); else false with @p error.
    /// Name lookup takes what the system's resolver takes.
    static bool reachable(const std::string &host, int port, std::chrono::milliseconds timeout,
                          std::string *error);

private:
    void ioLoop();
    void shutdown();
    /// Takes note of a socket the client just made (a duplicate descriptor of it).
    void adopt(int sock);
    /// Closes the duplicates of the last GET's sockets.
    void release();

    stage::Stage &m_stage;
    int m_socketId;
    std::unique_ptr<httplib::Client> m_client;
    int m_hook = -1;
    std::mutex m_mutex;
    std::condition_variable m_cv;
    std::optional<std::string> m_request; ///< guarded by m_mutex
    std::optional<Response> m_response;   ///< guarded by m_mutex
    bool m_quit = false;                  ///< guarded by m_mutex
    std::vector<int> m_sockets;           ///< the GET's sockets (duplicates), guarded by m_mutex
    std::thread m_io;
};

} // namespace crawler
