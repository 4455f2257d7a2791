#include "sitecheck.h"

#include "fetcher.h"

#include <QUrl>

namespace crawler {

SiteCheck::SiteCheck(const QString &urlTemplate, std::chrono::milliseconds timeout)
    : m_template(urlTemplate), m_timeout(timeout)
{
    const QUrl url(QString(urlTemplate).replace(QLatin1String("{page}"), QLatin1String("1")));
    m_host = url.host();
    m_port = url.port(80);
    // The connection and the answer each get the timeout; past both the check has failed.
    m_deadline = std::chrono::steady_clock::now() + 2 * timeout;
    m_thread = std::thread([this, host = m_host.toStdString()] {
        std::string why;
        const bool ok = Fetcher::reachable(host, m_port, m_timeout, &why);
        m_outcome.store(ok ? Outcome::Reachable : Outcome::Unreachable);
    });
}

SiteCheck::~SiteCheck()
{
    m_thread.join();
}

SiteCheck::Outcome SiteCheck::poll() const
{
    const Outcome o = m_outcome.load();
    if (o == Outcome::Pending && std::chrono::steady_clock::now() > m_deadline)
        return Outcome::Unreachable;
    return o;
}

} // namespace crawler
