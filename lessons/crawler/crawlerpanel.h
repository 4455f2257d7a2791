#pragma once

#include "crawler/crawlerdemo.h"
#include "crawler/crawlerview.h"
#include "widgets/stagepanel.h"

#include <QTimer>
#include <memory>

class QLabel;
class QTemporaryDir;

namespace widgets {
class CodeView;
class StatsView;
} // namespace widgets

namespace crawler {

class CrawlerControls;
class CrawlRace;
class FillChart;
class SiteChooser;

/// The crawler lesson: producer threads fetch pages over real HTTP from the app's loopback site
/// and put them into a bounded queue; consumer threads get, parse and save them; one poison
/// pill per consumer ends it. Knobs for producers, consumers, capacity, latency and fail rate;
/// live the queue, each thread's activity, pages per second and the queue's fill; exact
/// accounting with each failure's reason; the same crawl timed single-threaded beside it; and,
/// for classrooms with internet, another site's pages through a URL template (off by default).
class CrawlerPanel : public widgets::StagePanel
{
    Q_OBJECT
public:
    /// Pages the panel's crawl fetches: enough to watch, few enough to finish in class.
    static constexpr int Pages = 40;

    /// The panel at its default knobs, not yet running.
    explicit CrawlerPanel(QWidget *parent = nullptr);
    /// Stops the timing race and the crawl.
    ~CrawlerPanel() override;

    /// The knobs in force.
    CrawlOptions options() const { return m_options; }
    /// Sets the knobs (and starts over).
    void setOptions(const CrawlOptions &options);
    /// The running crawl, or nullptr after shutdown().
    CrawlerDemo *demo() const { return driver().engine<CrawlerDemo>(); }
    /// Why the crawl could not start (empty when it did).
    QString startError() const;
    /// The folder the consumers save into.
    QString outputFolder() const;
    /// Times the same crawl at full speed with threads and single-threaded.
    void timeBoth();
    /// True while the timing race runs.
    bool timing() const { return bool(m_race); }
    /// The result line (timing and failures).
    QLabel *resultLabel() const { return m_result; }
    /// The queue and the threads.
    CrawlerView *view() const { return m_view; }
    /// The knobs.
    CrawlerControls *controls() const { return m_controls; }
    /// Where the pages come from (the own site, or a URL template's once its host answered).
    SiteChooser *sites() const { return m_sites; }

    void shutdown() override;
    void reset() override;

protected:
    /// Retranslates on a language switch.
    void changeEvent(QEvent *event) override;

private:
    void showFrame();
    /// Shows the counters; returns the pages done.
    std::int64_t showStats();
    /// Lets the code view be shorter than its loop body (see the .cpp).
    void fitCode();
    void showResult();
    void retranslate();
    void pollRace();
    void stopRace();

    CrawlOptions m_options;
    std::unique_ptr<QTemporaryDir> m_outDir;
    std::unique_ptr<CrawlRace> m_race;
    double m_raceThreadsMs = -1;
    double m_raceSingleMs = -1;
    QString m_raceError;
    std::int64_t m_lastDone = -1; ///< pages done when the result line was last set
    QTimer m_raceTimer;
    SiteChooser *m_sites = nullptr;
    CrawlerControls *m_controls = nullptr;
    CrawlerView *m_view = nullptr;
    widgets::StatsView *m_stats = nullptr;
    QLabel *m_result = nullptr;
    FillChart *m_chart = nullptr;
    widgets::CodeView *m_code = nullptr;
};

} // namespace crawler
