#include "sitechooser.h"

#include "crawler/crawlerdemo.h"
#include "crawler/sitecheck.h"
#include "crawler/tr.h"

namespace crawler {

SiteChooser::SiteChooser(QObject *parent) : QObject(parent)
{
    m_timer.setInterval(20);
    connect(&m_timer, &QTimer::timeout, this, &SiteChooser::poll);
}

SiteChooser::~SiteChooser() = default;

void SiteChooser::request(const QString &urlTemplate, std::chrono::milliseconds timeout)
{
    m_timer.stop();
    m_check.reset();
    const QString before = this->urlTemplate();
    m_template = urlTemplate;
    if (urlTemplate.isEmpty())
        return settle(Site::Own, before);
    if (!checkUrlTemplate(urlTemplate).isEmpty())
        return settle(Site::Malformed, before);
    m_check = std::make_unique<SiteCheck>(urlTemplate, timeout);
    m_host = m_check->host();
    m_port = m_check->port();
    m_timeoutMs = timeout.count();
    m_site = Site::Checking;
    m_timer.start();
    if (!before.isEmpty())
        emit siteChanged(QString()); // the own site while the new one is checked
    emit changed();
}

void SiteChooser::poll()
{
    const SiteCheck::Outcome outcome = m_check ? m_check->poll() : SiteCheck::Outcome::Unreachable;
    if (outcome == SiteCheck::Outcome::Pending)
        return;
    m_timer.stop();
    // An unreachable host's check is kept (not joined here) while a slow name lookup may still
    // run: the window moves on at once.
    if (outcome == SiteCheck::Outcome::Reachable)
        m_check.reset();
    settle(outcome == SiteCheck::Outcome::Reachable ? Site::Using : Site::Unreachable, QString());
}

void SiteChooser::settle(Site site, const QString &before)
{
    m_site = site;
    if (urlTemplate() != before)
        emit siteChanged(urlTemplate());
    emit changed();
}

QString SiteChooser::text() const
{
    switch (m_site) {
    case Site::Own:
        return {};
    case Site::Checking:
        return Tr::tr("Checking whether %1:%2 answers (at most %3 ms)…")
            .arg(m_host)
            .arg(m_port)
            .arg(m_timeoutMs);
    case Site::Using:
        return Tr::tr("Pages from %1 (not the app's own site).").arg(m_template);
    case Site::Malformed:
        return Tr::tr("Not a usable URL template: %1. It needs http://, a host, and {page} where "
                      "the page number goes. The crawl stays on the app's own site.")
            .arg(m_template);
    case Site::Unreachable:
        return Tr::tr("Cannot reach %1:%2 within %3 ms: no internet, or the site is down. The "
                      "crawl stays on the app's own site.")
            .arg(m_host)
            .arg(m_port)
            .arg(m_timeoutMs);
    }
    return {};
}

} // namespace crawler
