#pragma once

#include <QObject>
#include <QString>
#include <QTimer>
#include <chrono>
#include <memory>

namespace crawler {

class SiteCheck;

/// Where the crawler panel's pages come from: the app's own loopback site (the default), or, in
/// a classroom with internet, a URL template's site once its host answered. The host is asked
/// off the GUI thread (SiteCheck) and the answer polled, so a site out of reach gives its message
/// within the timeout and the window never waits.
class SiteChooser : public QObject
{
    Q_OBJECT
public:
    /// Where the pages come from now.
    enum class Site {
        Own,         ///< the app's loopback site
        Checking,    ///< a URL template's host is being checked
        Using,       ///< a URL template's site
        Malformed,   ///< the template typed is not usable; the own site stays
        Unreachable, ///< its host took no connection in time; the own site stays
    };

    /// The own site, nothing checked.
    explicit SiteChooser(QObject *parent = nullptr);
    /// Joins a check still under way.
    ~SiteChooser() override;

    /// Asks for @p urlTemplate's site (empty: the own site), its host given @p timeout to take
    /// a connection and to answer.
    void request(const QString &urlTemplate, std::chrono::milliseconds timeout);
    /// Where the pages come from now.
    Site site() const { return m_site; }
    /// The template in use, empty for the own site.
    QString urlTemplate() const { return m_site == Site::Using ? m_template : QString(); }
    /// What to tell the class about it, translated; empty for the own site.
    QString text() const;

signals:
    /// The crawl must take its pages from @p urlTemplate (empty: the own site) from now on.
    void siteChanged(const QString &urlTemplate);
    /// site() or text() changed.
    void changed();

private:
    void poll();
    /// Ends at @p site; says siteChanged when the template in use is no longer @p before.
    void settle(Site site, const QString &before);

    std::unique_ptr<SiteCheck> m_check;
    QTimer m_timer;
    Site m_site = Site::Own;
    QString m_template; ///< the template last asked for
    QString m_host;     ///< its host and port, for the message
    int m_port = 0;
    std::int64_t m_timeoutMs = 0;
};

} // namespace crawler
