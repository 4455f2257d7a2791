#pragma once

#include <QString>
#include <atomic>
#include <chrono>
#include <string>
#include <thread>

namespace crawler {

/// Whether a URL template's host accepts a connection, asked on a thread of its own so the
/// window never waits for someone else's site: the panel polls it from its timer and says "not
/// reachable" once the check fails or its time is up, whichever comes first.
class SiteCheck
{
public:
    /// What the check found so far.
    enum class Outcome {
        Pending,     ///< still trying
        Reachable,   ///< the host took the connection
        Unreachable, ///< refused, no route, unknown host or no connection in time
    };

    /// Starts checking @p urlTemplate (already accepted by checkUrlTemplate()) with @p timeout
    /// for the connection and for an answer.
    SiteCheck(const QString &urlTemplate, std::chrono::milliseconds timeout);
    /// Joins the check's thread (its connection and answer are bounded by the timeout; a name
    /// lookup takes what the system's resolver takes).
    ~SiteCheck();
    SiteCheck(const SiteCheck &) = delete;
    SiteCheck &operator=(const SiteCheck &) = delete;

    /// Where the check stands; Unreachable also once the timeout (plus a margin for the name
    /// lookup) has passed without an answer, so the caller never waits longer.
    Outcome poll() const;
    /// The template checked.
    QString urlTemplate() const { return m_template; }
    /// Its host.
    QString host() const { return m_host; }
    /// Its port.
    int port() const { return m_port; }
    /// The time allowed.
    std::chrono::milliseconds timeout() const { return m_timeout; }

private:
    QString m_template;
    QString m_host;
    int m_port = 80;
    std::chrono::milliseconds m_timeout;
    std::chrono::steady_clock::time_point m_deadline;
    std::atomic<Outcome> m_outcome{Outcome::Pending};
    std::thread m_thread;
};

} // namespace crawler
