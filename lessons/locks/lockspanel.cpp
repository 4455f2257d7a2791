#include "lockspanel.h"

#include "locks/lockscontrols.h"
#include "locks/locksdemopage.h"
#include "locks/tr.h"
#include "widgets/codeview.h"
#include "widgets/content.h"
#include "widgets/lockview.h"
#include "widgets/statsview.h"
#include "widgets/timelineview.h"
#include "widgets/workerlanesview.h"

#include <QCheckBox>
#include <QEvent>
#include <QLocale>
#include <QSpinBox>

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
        loadListings();
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

void LocksPanel::announceResult()
{
    const RaceResult r = demo()->result();
    const QLocale loc;
    emit statusChanged(
        r.lost > 0
            ? Tr::tr("Finished: %1 of %2 updates were lost.")
                  .arg(loc.toString(r.lost), loc.toString(r.expected))
            : Tr::tr("Finished: no update was lost (%1 of %1).").arg(loc.toString(r.expected)));
}

void LocksPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        loadListings(); // the Python's comments are in the lesson's language too
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
