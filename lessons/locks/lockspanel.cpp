#include "lockspanel.h"

#include "locks/lockscontent.h"
#include "locks/lockscontrols.h"
#include "locks/locksdemopage.h"
#include "widgets/codeview.h"
#include "widgets/lockview.h"
#include "widgets/statsview.h"
#include "widgets/timelineview.h"
#include "widgets/workerlanesview.h"

#include <QKeyEvent>
#include <QLocale>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace locks {

namespace {

/// Events kept for export and scrubbing; past this the run is still drawn, just not kept.
constexpr std::size_t MaxKeptEvents = 2'000'000;

enum Slide { ExplanationSlide, DemoSlide, CodeSlide, TryThisSlide };

} // namespace

LocksPanel::LocksPanel(QWidget *parent) : LessonPanel(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    m_tabs = new QTabWidget(this);
    // No frame around the pages: on a projector it is noise, and at 1920x1080 it cost ~4 ms a
    // frame to draw.
    m_tabs->setDocumentMode(true);
    m_explanation = new QTextBrowser(m_tabs);
    m_tryThis = new QTextBrowser(m_tabs);
    m_tabs->addTab(m_explanation, QString());
    buildDemoPage();
    m_tabs->addTab(m_page, QString());
    // Demo and Code share a tab; either a tab or a listing switch moves the slide.
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [this] { emit slideChanged(currentSlide()); });
    connect(m_code, &widgets::CodeView::currentListingChanged, this,
            [this] { emit slideChanged(currentSlide()); });
    m_tabs->addTab(m_tryThis, QString());
    m_tabs->setCurrentIndex(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    m_frame.setInterval(16);
    connect(&m_frame, &QTimer::timeout, this, &LocksPanel::refresh);
    retranslate();
    loadContent();
    rebuild();
}

LocksPanel::~LocksPanel()
{
    shutdown();
}

void LocksPanel::buildDemoPage()
{
    m_page = new LocksDemoPage(m_tabs);
    m_controls = m_page->controls();
    m_lanes = m_page->lanes();
    m_stats = m_page->stats();
    m_lockView = m_page->lockView();
    m_code = m_page->code();
    m_timeline = m_page->timeline();
    connect(m_controls, &LocksControls::optionsChanged, this, &LocksPanel::setOptions);
    connect(m_controls, &LocksControls::schedulerToggled, this, &LocksPanel::setSchedulerMode);
    connect(m_controls, &LocksControls::undoRequested, this, &LocksPanel::undo);
    connect(m_lanes, &widgets::WorkerLanesView::workerClicked, this, &LocksPanel::grant);
}

void LocksPanel::rebuild(const std::vector<int> &grants)
{
    m_frame.stop();
    m_demo.reset(); // joins every thread of the previous run
    m_demo = std::make_unique<LocksDemo>(m_options);
    m_demo->stage().setBeat(std::chrono::microseconds(beatMicroseconds(m_speed)));
    m_events.clear();
    m_scene = stage::Scene(m_demo->stage().info());
    m_started = false;
    m_finishedShown = false;
    m_pendingSteps = 0;
    m_lockView->setLockEnabled(m_options.lock);
    loadListings();
    if (m_scheduler) {
        m_demo->stage().setPacing(stage::Pacing::Scheduler);
        for (int g : grants)
            m_demo->stage().grant(g);
        ensureStarted(); // workers park at their first step, waiting for the teacher
    }
    setPlaying(false);
    refresh();
}

void LocksPanel::ensureStarted()
{
    if (!m_demo)
        rebuild();
    if (!m_started) {
        m_started = true;
        m_demo->start();
    }
    m_frame.start();
}

stage::Pacing LocksPanel::playPacing() const
{
    return m_speed >= FullSpeed ? stage::Pacing::FullSpeed : stage::Pacing::Run;
}

void LocksPanel::play()
{
    if (!m_demo || m_demo->stage().isFinished())
        rebuild();
    if (m_scheduler) {
        m_scheduler = false;
        m_controls->setSchedulerMode(false);
        m_controls->setUndoEnabled(false);
    }
    m_demo->stage().setPacing(playPacing());
    ensureStarted();
    setPlaying(true);
}

void LocksPanel::pause()
{
    if (!m_demo)
        return;
    m_demo->stage().setPacing(m_scheduler ? stage::Pacing::Scheduler : stage::Pacing::Paused);
    setPlaying(false);
}

void LocksPanel::step()
{
    if (!m_demo || m_demo->stage().isFinished())
        rebuild();
    if (!m_scheduler)
        m_demo->stage().setPacing(stage::Pacing::Paused);
    setPlaying(false);
    ensureStarted();
    ++m_pendingSteps; // applied by refresh() once a worker waits at a checkpoint
    refresh();
}

void LocksPanel::reset()
{
    rebuild();
    emit statusChanged(tr("Reset: every thread joined; ready to run again."));
}

void LocksPanel::setSpeed(int speed)
{
    m_speed = std::clamp(speed, 0, int(FullSpeed));
    if (!m_demo)
        return;
    m_demo->stage().setBeat(std::chrono::microseconds(beatMicroseconds(m_speed)));
    if (m_playing)
        m_demo->stage().setPacing(playPacing());
}

void LocksPanel::shutdown()
{
    m_frame.stop();
    m_demo.reset();
    m_started = false;
    setPlaying(false);
}

void LocksPanel::setOptions(const RaceOptions &options)
{
    m_options = options;
    m_controls->setOptions(options);
    rebuild();
    emit statusChanged(tr("Settings changed: the run starts over."));
}

void LocksPanel::setSchedulerMode(bool on)
{
    m_scheduler = on;
    m_controls->setSchedulerMode(on);
    if (on) {
        setPlaying(false);
        if (!m_demo || m_demo->stage().isFinished())
            rebuild();
        m_demo->stage().setPacing(stage::Pacing::Scheduler);
        ensureStarted();
        emit statusChanged(tr("You are the scheduler: click a thread (or press 1–9) to let it "
                              "take one step."));
    } else if (m_demo) {
        m_demo->stage().setPacing(stage::Pacing::Paused);
    }
    m_controls->setUndoEnabled(on && m_demo && !m_demo->stage().grants().empty());
    refresh();
}

bool LocksPanel::grant(int worker)
{
    if (!m_scheduler || !m_demo)
        return false;
    const bool ok = m_demo->stage().grant(worker);
    if (!ok && worker >= 0 && std::size_t(worker) < m_scene.workers().size()) {
        const auto &w = m_scene.workers()[std::size_t(worker)];
        emit statusChanged(w.state == stage::WorkerState::Blocked
                               ? tr("%1 is waiting for the lock: it cannot move until the lock "
                                    "is released.")
                                     .arg(w.name)
                               : tr("%1 cannot take a step now.").arg(w.name));
    }
    refresh();
    return ok;
}

void LocksPanel::undo()
{
    if (!m_scheduler || !m_demo)
        return;
    std::vector<int> prefix = m_demo->stage().grants();
    if (prefix.empty())
        return;
    prefix.pop_back();
    rebuild(prefix);
    emit statusChanged(tr("Undo: the threads were run again under the first %n step(s).", nullptr,
                          int(prefix.size())));
}

void LocksPanel::refresh()
{
    if (!m_demo)
        return;
    std::vector<stage::Event> fresh = m_demo->stage().drain();
    m_scene.apply(fresh);
    if (m_events.size() < MaxKeptEvents)
        m_events.insert(m_events.end(), fresh.begin(),
                        fresh.begin() + std::ptrdiff_t(std::min(fresh.size(),
                                                                MaxKeptEvents - m_events.size())));
    stage::Stage &st = m_demo->stage();
    while (m_pendingSteps > 0 && st.isSettled() && !st.isFinished()) {
        if (!st.stepOnce())
            break;
        --m_pendingSteps;
    }
    if (st.isFinished())
        m_pendingSteps = 0;

    m_lanes->setGrantable(m_scheduler ? st.readyWorkers() : std::vector<int>{});
    m_page->showScene(&m_scene);
    m_controls->setUndoEnabled(m_scheduler && !st.grants().empty());
    updateStats();

    if (m_scene.finished() && !m_finishedShown) {
        m_finishedShown = true;
        m_frame.stop();
        setPlaying(false);
        const RaceResult r = m_demo->result();
        emit statusChanged(
            r.lost > 0 ? tr("Finished: %1 of %2 updates were lost.")
                             .arg(QLocale().toString(r.lost), QLocale().toString(r.expected))
                       : tr("Finished: no update was lost (%1 of %1).")
                             .arg(QLocale().toString(r.expected)));
    }
}

void LocksPanel::updateStats()
{
    const std::int64_t target = std::int64_t(m_options.threads) * m_options.iterations;
    const std::int64_t done = m_demo ? m_demo->completed() : 0;
    const std::int64_t actual = m_demo ? m_demo->counter() : 0;
    // Between a worker's write and its count of the write the two can differ by one: clamp.
    const std::int64_t lost = std::max<std::int64_t>(0, done - actual);
    const QLocale loc;
    using Tone = widgets::StatsView::Stat::Tone;
    m_stats->setStats({{tr("Expected n"),
                        tr("%1 of %2").arg(loc.toString(done), loc.toString(target)), Tone::Normal},
                       {tr("Actual n"), loc.toString(actual), Tone::Normal},
                       {tr("Lost updates"), loc.toString(lost),
                        lost > 0 ? Tone::Bad : (m_scene.finished() ? Tone::Good : Tone::Normal)}});
}

void LocksPanel::setPlaying(bool playing)
{
    if (m_playing == playing)
        return;
    m_playing = playing;
    emit playingChanged(playing);
}

QStringList LocksPanel::slides() const
{
    return {tr("Explanation"), tr("Demo"), tr("Code"), tr("Try this")};
}

void LocksPanel::showSlide(int index)
{
    switch (index) {
    case ExplanationSlide:
        m_tabs->setCurrentIndex(0);
        break;
    case DemoSlide:
        m_tabs->setCurrentIndex(1);
        m_code->setCurrentListing(0);
        break;
    case CodeSlide:
        m_tabs->setCurrentIndex(1);
        m_code->setCurrentListing(1);
        break;
    case TryThisSlide:
        m_tabs->setCurrentIndex(2);
        break;
    default:
        break;
    }
}

int LocksPanel::currentSlide() const
{
    switch (m_tabs->currentIndex()) {
    case 0:
        return ExplanationSlide;
    case 2:
        return TryThisSlide;
    default:
        return m_code->currentListing() == 1 ? CodeSlide : DemoSlide;
    }
}

QString LocksPanel::presenterNotes(int index) const
{
    return LocksContent::notes(index);
}

void LocksPanel::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Undo)) {
        undo();
        return;
    }
    const int key = event->key();
    if (m_scheduler && key >= Qt::Key_1 && key <= Qt::Key_9 &&
        event->modifiers() == Qt::NoModifier) {
        grant(key - Qt::Key_1);
        return;
    }
    LessonPanel::keyPressEvent(event);
}

void LocksPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        loadContent();
        loadListings(); // the Python's comments are in the lesson's language too
        updateStats();
    }
    LessonPanel::changeEvent(event);
}

void LocksPanel::retranslate()
{
    m_tabs->setTabText(0, tr("Explanation"));
    m_tabs->setTabText(1, tr("Demo"));
    m_tabs->setTabText(2, tr("Try this"));
    m_tabs->setAccessibleName(tr("Locks lesson"));
    m_explanation->setAccessibleName(tr("Explanation"));
    m_tryThis->setAccessibleName(tr("Try this"));
    m_lanes->setAccessibleName(tr("Threads"));
    // By Step id; the code listings keep the ids, the lanes speak the class's language.
    m_lanes->setStepLabels({tr("acquire"), tr("read"), tr("add"), tr("write"), tr("release")});
    m_code->setAccessibleName(tr("Code"));
    m_timeline->setAccessibleName(tr("Timeline"));
}

void LocksPanel::loadContent()
{
    m_explanation->setMarkdown(LocksContent::page(QStringLiteral("explanation")));
    m_tryThis->setMarkdown(LocksContent::page(QStringLiteral("trythis")));
}

void LocksPanel::loadListings()
{
    const int current = m_code->currentListing();
    m_code->setListings(LocksContent::listings(m_options.lock));
    m_code->setCurrentListing(std::max(0, current));
}

} // namespace locks
