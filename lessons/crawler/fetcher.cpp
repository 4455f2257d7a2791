#include "fetcher.h"

#include <httplib.h>

#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace crawler {

namespace {

NoAnswer kindOf(httplib::Error e)
{
    switch (e) {
    case httplib::Error::Read:
        return NoAnswer::Timeout;
    case httplib::Error::Connection:
    case httplib::Error::ConnectionTimeout:
        return NoAnswer::Connect;
    default:
        return NoAnswer::Other;
    }
}

std::string describe(httplib::Error e)
{
    switch (e) {
    case httplib::Error::Read:
        return "timeout (no answer in time)";
    case httplib::Error::Connection:
    case httplib::Error::ConnectionTimeout:
        return "cannot connect";
    case httplib::Error::Canceled:
        return "canceled";
    default:
        return httplib::to_string(e);
    }
}

} // namespace

Fetcher::Fetcher(stage::Stage &stage, int socketId, const std::string &host, int port,
                 std::chrono::milliseconds timeout)
    : m_stage(stage), m_socketId(socketId), m_client(std::make_unique<httplib::Client>(host, port))
{
    m_client->set_keep_alive(false);
    m_client->set_tcp_nodelay(true);
    m_client->set_connection_timeout(std::chrono::seconds(1));
    m_client->set_read_timeout(timeout);
    m_client->set_write_timeout(std::chrono::seconds(1));
    m_client->set_socket_options([this](socket_t sock) { adopt(sock); });
    m_hook = m_stage.addStopHook([this] { shutdown(); });
    m_io = std::thread([this] { ioLoop(); });
}

bool Fetcher::reachable(const std::string &host, int port, std::chrono::milliseconds timeout,
                        std::string *error)
{
    httplib::Client c(host, port);
    c.set_keep_alive(false);
    c.set_connection_timeout(std::chrono::duration_cast<std::chrono::microseconds>(timeout));
    c.set_read_timeout(timeout);
    if (httplib::Result res = c.Head("/"))
        return true;
    else if (kindOf(res.error()) != NoAnswer::Connect)
        return true; // connected; what it answers is each page's business
    else if (error)
        *error = describe(res.error());
    return false;
}

Fetcher::~Fetcher()
{
    m_stage.removeStopHook(m_hook);
    shutdown();
    m_io.join();
    release();
}

void Fetcher::shutdown()
{
    {
        std::lock_guard lk(m_mutex);
        m_quit = true;
        // A GET in flight fails at once, whether it is connecting, sending or reading. Not
        // Client::stop(): it waits for a connect in progress (up to the connection timeout),
        // and it misses a socket made just after it.
        for (int fd : m_sockets)
            ::shutdown(fd, SHUT_RDWR);
    }
    m_cv.notify_all();
}

void Fetcher::adopt(int sock)
{
    // Called on the I/O thread as the client makes a socket, before it connects. A duplicate
    // is ours to shut down and close: the library closes its own descriptor whenever it is
    // done, and that number may then be reused for anything.
    std::lock_guard lk(m_mutex);
    const int fd = ::fcntl(sock, F_DUPFD_CLOEXEC, 0);
    if (fd >= 0)
        m_sockets.push_back(fd);
    if (m_quit || fd < 0) // stopped already (or no way to stop it later): it fails at once
        ::shutdown(sock, SHUT_RDWR);
}

void Fetcher::release()
{
    std::lock_guard lk(m_mutex);
    for (int fd : m_sockets)
        ::close(fd);
    m_sockets.clear();
}

Response Fetcher::get(stage::Worker &w, const std::string &path)
{
    std::unique_lock lk(m_mutex);
    m_response.reset();
    m_request = path;
    m_cv.notify_all();
    m_stage.blockOn(w, stage::ObjectKind::Socket, m_socketId, stage::BlockOp::Io, lk, m_cv,
                    [this] { return m_response.has_value(); });
    Response r = std::move(*m_response);
    m_response.reset();
    return r;
}

void Fetcher::ioLoop()
{
    for (;;) {
        std::string path;
        {
            std::unique_lock lk(m_mutex);
            m_cv.wait(lk, [this] { return m_quit || m_request.has_value(); });
            if (m_quit)
                return;
            path = std::move(*m_request);
            m_request.reset();
        }
        Response r;
        if (httplib::Result res = m_client->Get(path.c_str())) {
            r.status = res->status;
            r.body = std::move(res->body);
        } else {
            r.error = describe(res.error());
            r.why = kindOf(res.error());
        }
        release();
        std::lock_guard lk(m_mutex);
        if (m_quit)
            return;
        m_response = std::move(r);
        m_stage.wake(stage::ObjectKind::Socket, m_socketId, stage::BlockOp::Io);
        m_cv.notify_all();
    }
}

} // namespace crawler
