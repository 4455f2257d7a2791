#pragma once

#include "crawler/crawlerdemo.h"
#include "widgets/stagepanel.h"

#include <QTimer>
#include <memory>

class QLabel;
class QPushButton;
class QSpinBox;
class QTemporaryDir;

namespace widgets {
class CodeView;
class StatsView;
} // namespace widgets

namespace crawler {

class CrawlerView;
class CrawlRace;
class FillChart;

/// The crawler lesson: producer threads fetch pages over real HTTP from the app's loopback site
/// and put them into a bounded queue; consumer threads get, parse and save them; one poison
/// pill per consumer ends it. Knobs for producers, consumers, capacity, latency and fail rate;
/// live the queue, each thread's activity, pages per second and the queue's fill; exact
/// accounting with each failure's reason; and the same crawl timed single-threaded beside it.
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
    /// What thread @p id of @p scene does now, in the class's language; @p brief: a verb and
    /// the page ("put 7"), for small chips.
    static QString activity(const stage::Scene &scene, int id, bool brief = false);
    /// @p failure's reason in the class's language.
    static QString reasonText(const Failure &failure);

    void shutdown() override;
    void reset() override;

protected:
    /// Retranslates on a language switch.
    void changeEvent(QEvent *event) override;

private:
    void showFrame();
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
    QList<QLabel *> m_knobLabels;
    QSpinBox *m_producers = nullptr;
    QSpinBox *m_consumers = nullptr;
    QSpinBox *m_capacity = nullptr;
    QSpinBox *m_latency = nullptr;
    QSpinBox *m_failRate = nullptr;
    QPushButton *m_openFolder = nullptr;
    QPushButton *m_timeBoth = nullptr;
    CrawlerView *m_view = nullptr;
    widgets::StatsView *m_stats = nullptr;
    QLabel *m_result = nullptr;
    FillChart *m_chart = nullptr;
    widgets::CodeView *m_code = nullptr;
};

} // namespace crawler
