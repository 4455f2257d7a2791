#include "crawlerpanel.h"

#include "crawler/crawlercontrols.h"
#include "crawler/crawlerview.h"
#include "crawler/crawlrace.h"
#include "crawler/crawlwords.h"
#include "crawler/fillchart.h"
#include "crawler/sitechooser.h"
#include "crawler/tr.h"
#include "widgets/codeview.h"
#include "widgets/content.h"
#include "widgets/statsview.h"
#include "widgets/textpainter.h"
#include "widgets/theme.h"

#include <QDesktopServices>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTemporaryDir>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace crawler {

namespace {

/// The notes' Python (its comments in the class's language) and the C++ that really runs.
QList<stage::CodeListing> listings()
{
    const QStringList steps = CrawlerDemo::stepNames();
    QString python = widgets::Content::read(QStringLiteral(":/lessons/crawler/code/crawler.py"));
    static const char *const comments[] = {
        QT_TRANSLATE_NOOP("Crawler", "only deals with the queue: puts"),
        QT_TRANSLATE_NOOP("Crawler", "only deals with the queue: gets"),
        QT_TRANSLATE_NOOP("Crawler", "build the url"),
        QT_TRANSLATE_NOOP("Crawler", "one pill each")};
    for (const char *comment : comments)
        python.replace(QStringLiteral("# ") + QLatin1String(comment),
                       QStringLiteral("# ") + Tr::tr(comment));
    return {stage::CodeListing(QStringLiteral("Python"), python, steps),
            stage::CodeListing::fromFile(
                QStringLiteral("C++"), QStringLiteral(":/lessons/crawler/crawlerdemo.cpp"), steps)};
}

} // namespace

CrawlerPanel::CrawlerPanel(QWidget *parent) : StagePanel(QStringLiteral("crawler"), parent)
{
    m_options.pages = Pages;
    m_options.producers = 4;
    m_options.consumers = 2;
    m_options.capacity = 5;
    m_options.latencyMs = 200;
    m_options.failRate = 0.1;
    m_outDir = std::make_unique<QTemporaryDir>();
    if (m_outDir->isValid())
        m_options.out = m_outDir->filePath(QStringLiteral("items.jsonl"));

    auto *page = new QWidget(this);
    m_controls = new CrawlerControls(&driver(), m_options, page);
    connect(m_controls, &CrawlerControls::knobsChanged, this,
            [this] { setOptions(m_controls->applyKnobs(m_options)); });
    m_sites = new SiteChooser(this);
    connect(m_controls, &CrawlerControls::siteRequested, this,
            [this](const QString &t) { m_sites->request(t, CrawlerDemo::timeoutFor(m_options)); });

    m_view = new CrawlerView(page);
    m_stats = new widgets::StatsView(page);
    // Down to its minimum on a 768-pixel projector: the chips and the chart need the rows.
    m_stats->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_result = new QLabel(page);
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_chart = new FillChart(page);
    m_code = new widgets::CodeView(page);

    // Left what happens (threads and queue, accounting, the fill over time), right the code: on
    // a 1024-pixel projector the listing needs the full height.
    auto *left = new QWidget(page);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_view, 3);
    leftLayout->addWidget(m_stats);
    leftLayout->addWidget(m_chart, 2);
    leftLayout->addWidget(m_result);
    auto *split = new QSplitter(Qt::Horizontal, page);
    split->addWidget(left);
    split->addWidget(m_code);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, layout->contentsMargins().top(), 0,
                               layout->contentsMargins().bottom());
    layout->addWidget(m_controls);
    layout->addWidget(split, 1);

    m_code->setListings(listings());

    connect(m_controls->openFolderButton(), &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(outputFolder())); });
    connect(m_controls->timeBothButton(), &QPushButton::clicked, this, &CrawlerPanel::timeBoth);
    m_raceTimer.setInterval(50);
    connect(&m_raceTimer, &QTimer::timeout, this, &CrawlerPanel::pollRace);
    connect(m_sites, &SiteChooser::siteChanged, this, [this](const QString &urlTemplate) {
        CrawlOptions o = m_options;
        o.urlTemplate = urlTemplate;
        setOptions(o);
    });
    connect(m_sites, &SiteChooser::changed, this, [this] {
        // Out of reach: the box goes back off. Malformed: it stays on, the template there to fix.
        if (m_sites->site() == SiteChooser::Site::Unreachable)
            m_controls->setSiteOn(false);
        showResult();
    });
    connect(&driver(), &widgets::RunDriver::frame, this, &CrawlerPanel::showFrame);
    connect(&driver(), &widgets::RunDriver::rebuilt, this, [this] {
        m_view->setScene(nullptr);
        m_code->setScene(nullptr);
        m_chart->clear();
        showResult();
    });
    connect(&driver(), &widgets::RunDriver::finished, this, [this] {
        // Nothing asks the site for a page any more: its threads need not wait for Reset.
        if (CrawlerDemo *d = demo())
            d->releaseFinishedRun();
        const CrawlTally t = CrawlerDemo::tally(scene());
        const QLocale loc;
        emit statusChanged(Tr::tr("Finished: %1 pages saved + %2 failed = %3 of %4.")
                               .arg(loc.toString(t.saved), loc.toString(t.failed),
                                    loc.toString(t.saved + t.failed),
                                    loc.toString(m_options.pages)));
        showResult();
    });
    driver().setBlockedText([](const stage::WorkerView &w) {
        return Tr::tr("%1 is waiting (for the site, the queue or the file): it moves on once "
                      "that answers.")
            .arg(w.name);
    });
    retranslate();
    setDemo(page, m_code, [this] {
        // Not prepared here: the server's threads and the fetchers start with the run (Play,
        // Step or the scheduler), so a page that is only looked at runs no thread.
        auto demo = std::make_unique<CrawlerDemo>(m_options);
        demo->stage().setSampleShift(0); // a class-sized crawl: every step is drawn
        return widgets::RunDriver::wrap(std::move(demo));
    });
    // The counters from the start: the window sizes the page (and the navigator) by them.
    showStats();
    fitCode();
    showResult();
}

CrawlerPanel::~CrawlerPanel()
{
    stopRace();
}

QString CrawlerPanel::outputFolder() const
{
    return QFileInfo(m_options.out).absolutePath();
}

void CrawlerPanel::setOptions(const CrawlOptions &options)
{
    m_options = options;
    m_controls->setKnobs(options);
    stopRace();
    driver().restart();
}

void CrawlerPanel::shutdown()
{
    stopRace();
    StagePanel::shutdown();
}

void CrawlerPanel::reset()
{
    stopRace();
    StagePanel::reset();
}

void CrawlerPanel::timeBoth()
{
    stopRace();
    m_race = std::make_unique<CrawlRace>(m_options);
    m_raceThreadsMs = m_raceSingleMs = -1;
    m_raceError.clear();
    m_raceTimer.start();
    pollRace();
}

void CrawlerPanel::stopRace()
{
    m_raceTimer.stop();
    m_race.reset(); // joins its crawl's threads
}

void CrawlerPanel::pollRace()
{
    if (!m_race)
        return;
    const bool done = m_race->poll();
    m_raceThreadsMs = m_race->threadsMs();
    m_raceSingleMs = m_race->singleMs();
    m_raceError = m_race->error();
    if (done)
        stopRace();
    showResult();
}

void CrawlerPanel::showFrame()
{
    m_view->setScene(&scene());
    m_code->setScene(&scene());
    m_chart->setScene(scene(), CrawlerDemo::FillSeries, m_options.capacity);
    const std::int64_t done = showStats();
    m_view->update();
    m_code->update();
    if (scene().finished() || done != m_lastDone) {
        m_lastDone = done;
        showResult();
    }
}

std::int64_t CrawlerPanel::showStats()
{
    const CrawlTally t = CrawlerDemo::tally(scene());
    const QLocale loc;
    const double s = double(scene().nowNs()) / 1e9;
    const std::int64_t done = t.saved + t.failed;
    using Tone = widgets::StatsView::Stat::Tone;
    m_stats->setStats(
        {{Tr::tr("Saved"), loc.toString(t.saved), Tone::Normal},
         {Tr::tr("Failed"), loc.toString(t.failed), t.failed > 0 ? Tone::Bad : Tone::Normal},
         {Tr::tr("Saved + failed"),
          Tr::tr("%1 of %2").arg(loc.toString(done), loc.toString(m_options.pages)),
          scene().finished() && done == m_options.pages ? Tone::Good : Tone::Normal},
         {Tr::tr("Pages/s"), s > 0 ? loc.toString(double(done) / s, 'f', 1) : QStringLiteral("0"),
          Tone::Normal}});
    return done;
}

void CrawlerPanel::fitCode()
{
    // The code view asks for its whole loop body, which here is the whole listing: taller than a
    // 768-pixel projector leaves. The producer's loop (ten lines) is enough; it scrolls to the
    // markers.
    const double minPt = widgets::Theme::current().minimumPointSize();
    const double row = widgets::TextPainter::rowHeight(
        m_code, {widgets::TextPainter::mono(1), widgets::TextPainter::font(1, true)}, minPt);
    m_code->setMinimumHeight(int(std::ceil(row / 0.7 + row * 10.5)));
}

QString CrawlerPanel::startError() const
{
    const CrawlerDemo *d = demo();
    return d ? d->startError() : QString();
}

void CrawlerPanel::showResult()
{
    // Short on a 768-pixel projector: the cards say saved + failed of all; this line says why
    // pages failed (every reason in the tooltip) and how the times compare.
    QStringList lines;
    if (const QString site = m_sites->text(); !site.isEmpty())
        lines << site;
    if (!startError().isEmpty())
        lines << Tr::tr("The crawl could not start: %1").arg(startError());
    QStringList why;
    if (const CrawlerDemo *d = demo(); d && CrawlerDemo::tally(scene()).failed > 0) {
        for (const Failure &f : d->result().failures)
            why << Tr::tr("page %1: %2").arg(f.page).arg(CrawlWords::reasonText(f));
    }
    if (!why.isEmpty())
        lines << (why.size() > 1 ? why.first() + Tr::tr(" (+%1 more)").arg(why.size() - 1)
                                 : why.first());
    m_result->setToolTip(why.join(QLatin1Char('\n')));
    const QLocale loc;
    if (!m_raceError.isEmpty())
        lines << Tr::tr("Timing could not start: %1").arg(m_raceError);
    else if (m_race || m_raceThreadsMs >= 0)
        lines << Tr::tr("Full speed, same knobs: producers and consumers %1 s, one thread %2 s.")
                     .arg(m_raceThreadsMs >= 0 ? loc.toString(m_raceThreadsMs / 1000, 'f', 2)
                                               : Tr::tr("…"),
                          m_raceSingleMs >= 0 ? loc.toString(m_raceSingleMs / 1000, 'f', 2)
                                              : Tr::tr("…"));
    m_result->setText(lines.join(QLatin1Char('\n')));
}

void CrawlerPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        const int current = m_code->currentListing();
        m_code->setListings(listings());
        m_code->setCurrentListing(std::max(0, current));
        showFrame();
        showResult();
    } else if (event->type() == QEvent::FontChange) {
        fitCode(); // a zoom or a theme
    }
    StagePanel::changeEvent(event);
}

void CrawlerPanel::retranslate()
{
    m_view->setTexts(&CrawlWords::activity, Tr::tr("Queue q: %1 of %2"),
                     Tr::tr("None = a poison pill: the consumer that gets it stops."),
                     Tr::tr("Press Play to crawl."));
    m_view->setAccessibleName(Tr::tr("Queue and threads"));
    m_stats->setAccessibleName(Tr::tr("Accounting"));
    m_chart->setAccessibleName(Tr::tr("Queue fill over time"));
    m_code->setAccessibleName(Tr::tr("Code"));
    m_chart->retranslate();
}

} // namespace crawler
