#pragma once

#include "crawler/crawlerdemo.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace widgets {
class RunDriver;
}

namespace crawler {

/// The crawler lesson's knobs: producers, consumers, maxsize, latency and fail rate; the
/// internet option (off by default: a URL template to crawl instead of the app's own site);
/// "Time both", the output folder, then the kit's scheduler controls for @p driver. Pure input:
/// the panel decides what a change does to the run.
class CrawlerControls : public QWidget
{
    Q_OBJECT
public:
    /// Controls showing @p options, and the scheduler controls of @p driver.
    CrawlerControls(widgets::RunDriver *driver, const CrawlOptions &options,
                    QWidget *parent = nullptr);

    /// @p options with the five knobs as set here.
    CrawlOptions applyKnobs(CrawlOptions options) const;
    /// Shows @p options' knobs without emitting knobsChanged.
    void setKnobs(const CrawlOptions &options);
    /// Ticks or clears the internet option without emitting siteRequested.
    void setSiteOn(bool on);
    /// The internet option's box.
    QCheckBox *siteBox() const { return m_site; }
    /// Where the URL template is typed (shown while the internet option is on).
    QLineEdit *urlEdit() const { return m_url; }
    /// "Time both".
    QPushButton *timeBothButton() const { return m_timeBoth; }
    /// "Output folder".
    QPushButton *openFolderButton() const { return m_openFolder; }

signals:
    /// One of the five knobs changed.
    void knobsChanged();
    /// The teacher asked for @p urlTemplate's site (empty: the app's own site).
    void siteRequested(const QString &urlTemplate);

protected:
    /// Retranslates on language change.
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void requestSite();

    QList<QLabel *> m_labels;
    QSpinBox *m_producers;
    QSpinBox *m_consumers;
    QSpinBox *m_capacity;
    QSpinBox *m_latency;
    QSpinBox *m_failRate;
    QCheckBox *m_site;
    QLineEdit *m_url;
    QPushButton *m_timeBoth;
    QPushButton *m_openFolder;
};

} // namespace crawler
