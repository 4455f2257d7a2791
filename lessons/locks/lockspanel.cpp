#include "lockspanel.h"

#include <span>

#include "locks/lockscontrols.h"
#include "locks/locksdemopage.h"
#include "locks/tr.h"
#include "widgets/codeview.h"
#include "widgets/content.h"
#include "widgets/lockview.h"
#include "widgets/sharedview.h"
#include "widgets/statsview.h"
#include "widgets/steplogview.h"
#include "widgets/timelineview.h"
#include "widgets/workerlanesview.h"

#include <QCheckBox>
#include <QEvent>
#include <QLocale>
#include <QSpinBox>
#include <span>

namespace locks {

namespace {

// The notes' Python (its comments in the class's language) and the C++ that really runs.
QList<stage::CodeListing> listings(bool lock)
{
    const QStringList steps = LocksDemo::stepNames();
    QString python = widgets::Content::read(QStringLiteral(":/lessons/locks/code/locks_%1.py")
                                                .arg(QLatin1String(lock ? "lock" : "nolock")));
    static const char *const comments[] = {
        QT_TRANSLATE_NOOP("Locks", "shared by all"), QT_TRANSLATE_NOOP("Locks", "want, got"),
        QT_TRANSLATE_NOOP("Locks", "the same, as Python is usually written:")};
    for (const char *comment : comments)
        python.replace(QStringLiteral("# ") + QLatin1String(comment),
                       QStringLiteral("# ") + Tr::tr(comment));
    return {stage::CodeListing(QStringLiteral("Python"), python, steps),
            stage::CodeListing::fromFile(QStringLiteral("C++"),
                                         QStringLiteral(":/lessons/locks/locksdemo.cpp"), steps)};
}

} // namespace

LocksPanel::LocksPanel(QWidget *parent) : StagePanel(QStringLiteral("locks"), parent)
{
    m_page = new LocksDemoPage(&driver(), this);
    connect(m_page->controls(), &LocksControls::optionsChanged, this, &LocksPanel::setOptions);
    connect(m_page->lanes(), &widgets::WorkerLanesView::workerClicked, &driver(),
            &widgets::RunDriver::grant);
    connect(&driver(), &widgets::RunDriver::rebuilt, this, [this] {
        m_page->lockView()->setLockEnabled(m_options.lock);
        m_log = RaceLog(scene().info().workers);
        m_logged = 0;
        m_logShown = -1;
        loadListings();
        // A run the log can tell step by step: the log to the front again.
        if (driver().speed() < FullSpeed)
            m_page->showLog();
    });
    connect(&driver(), &widgets::RunDriver::frame, this, &LocksPanel::showFrame);
    connect(&driver(), &widgets::RunDriver::finished, this, &LocksPanel::announceResult);
    driver().setBlockedText([](const stage::WorkerView &w) {
        return Tr::tr("%1 is waiting for the lock: it cannot move until the lock is released.")
            .arg(w.name);
    });
    // The lesson's knobs by plain keys that work wherever the focus is.
    LocksControls *controls = m_page->controls();
    addKeyAction(
        Qt::Key_L, [] { return Tr::tr("Lock on or off"); },
        [controls] { controls->lockBox()->toggle(); });
    addKeyAction(
        Qt::Key_Y, [] { return Tr::tr("Yield between read and write, on or off"); },
        [controls] { controls->yieldBox()->toggle(); });
    setNumberKeys([](int n) { return Tr::tr("Run %n thread(s)", nullptr, n); },
                  [controls](int n) { controls->threadsBox()->setValue(n); });
    retranslate();
    setDemo(m_page, m_page->code(),
            [this] { return widgets::RunDriver::wrap(std::make_unique<LocksDemo>(m_options)); });
}

void LocksPanel::setOptions(const RaceOptions &options)
{
    m_options = options;
    m_page->controls()->setOptions(options);
    driver().restart();
}

void LocksPanel::showFrame()
{
    m_page->lanes()->setGrantable(driver().grantable());
    m_page->showScene(&scene());
    showLog();
    // From the Scene, not the live atomics: a replayed or scrubbed run shows its own counters.
    const RaceTally t = LocksDemo::tally(scene(), m_options);
    const QLocale loc;
    using Tone = widgets::StatsView::Stat::Tone;
    m_page->stats()->setStats(
        {{Tr::tr("Expected n"),
          Tr::tr("%1 of %2").arg(loc.toString(t.done), loc.toString(t.target)), Tone::Normal},
         {Tr::tr("Actual n"), loc.toString(t.actual), Tone::Normal},
         {Tr::tr("Lost updates"), loc.toString(t.lost),
          t.lost > 0 ? Tone::Bad : (scene().finished() ? Tone::Good : Tone::Normal)}});
}

void LocksPanel::showLog()
{
    // The events of the picture shown: the scrubber's past, or all of them while live.
    const std::span<const stage::Event> events = driver().shownEvents();
    if (events.size() < m_logged) { // scrubbed back, or a fresh run the rebuilt signal missed
        m_log = RaceLog(scene().info().workers);
        m_logged = 0;
    }
    for (; m_logged < events.size(); ++m_logged)
        m_log.apply(events[m_logged]);
    if (m_log.total() == m_logShown)
        return;
    m_logShown = m_log.total();

    // Only the newest lines can be on screen.
    constexpr std::size_t Shown = 60;
    const std::vector<LogEntry> &entries = m_log.entries();
    std::vector<widgets::StepLogView::Line> lines;
    for (std::size_t i = entries.size() > Shown ? entries.size() - Shown : 0; i < entries.size();
         ++i)
        lines.push_back({m_log.text(entries[i]), entries[i].lost > 0});
    m_page->log()->setLines(
        std::move(lines), m_log.sampled()
                              ? Tr::tr("Full speed: only samples are recorded, the log stops here.")
                              : QString());

    QStringList done;
    std::vector<widgets::TimelineView::Mark> marks;
    if (!m_log.sampled()) {
        for (int w = 0; w < int(scene().workers().size()); ++w) {
            const LogEntry *e = m_log.lastOf(w);
            // A waiting lane's chip already says "waiting for lock": its step text stays short
            // so its locals keep their room at 1024 px with 16 lanes.
            done << (!e                            ? QString()
                     : e->op == LogEntry::Op::Wait ? Tr::tr("acquire")
                                                   : RaceLog::shortText(*e));
        }
        for (const LogEntry &e : entries)
            if (e.lost > 0)
                marks.push_back({e.tNs, e.worker});
    }
    m_page->lanes()->setStepTexts(done);
    m_page->timeline()->setMarks(std::move(marks));

    // The counter's card says so while the last write to it is the one that lost updates.
    QString mark;
    for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
        if (it->op != LogEntry::Op::Write)
            continue;
        if (it->lost > 0 && !m_log.sampled())
            mark =
                Tr::tr("%1 overwrote %2's %3")
                    .arg(m_log.workers().value(it->worker), m_log.workers().value(it->overwritten))
                    .arg(it->before);
        break;
    }
    m_page->shared()->setMark(LocksDemo::CounterId, mark);
}

void LocksPanel::announceResult()
{
    const RaceResult r = demo()->result();
    // Kept for the runs table: "which is faster?" is answered in the window, not only by --run.
    m_runs.push_back({++m_runCount, demo()->options(), r.lost, r.elapsedMs});
    while (m_runs.size() > std::size_t(KeptRuns))
        m_runs.pop_front();
    m_page->runs()->setRuns(m_runs);
    if (driver().speed() >= FullSpeed) // the log has only samples: the comparison says more
        m_page->showRuns();
    const QLocale loc;
    const QString ms = loc.toString(r.elapsedMs, 'f', r.elapsedMs < 100 ? 2 : 0);
    emit statusChanged(r.lost > 0 ? Tr::tr("Finished in %1 ms: %2 of %3 updates were lost.")
                                        .arg(ms, loc.toString(r.lost), loc.toString(r.expected))
                                  : Tr::tr("Finished in %1 ms: no update was lost (%2 of %2).")
                                        .arg(ms, loc.toString(r.expected)));
}

void LocksPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_logShown = -1; // the log's words too
        loadListings();  // the Python's comments are in the lesson's language too
        showFrame();
    }
    StagePanel::changeEvent(event);
}

void LocksPanel::retranslate()
{
    m_page->lanes()->setAccessibleName(Tr::tr("Threads"));
    // By Step id; the code listings keep the ids, the lanes speak the class's language.
    const QStringList steps = {Tr::tr("acquire"), Tr::tr("read"), Tr::tr("add"), Tr::tr("write"),
                               Tr::tr("release")};
    m_page->lanes()->setStepLabels(steps);
    m_page->timeline()->setStepLabels(steps);
    m_page->code()->setAccessibleName(Tr::tr("Code"));
    m_page->timeline()->setAccessibleName(Tr::tr("Timeline"));
}

void LocksPanel::loadListings()
{
    widgets::CodeView *code = m_page->code();
    const int current = code->currentListing();
    code->setListings(listings(m_options.lock));
    code->setCurrentListing(std::max(0, current));
}

} // namespace locks
