#include "multitaskingpanel.h"

#include "multitasking/slicetimelineview.h"
#include "multitasking/tr.h"
#include "widgets/codeview.h"
#include "widgets/content.h"
#include "widgets/statsview.h"
#include "widgets/textpainter.h"
#include "widgets/theme.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace multitasking {

namespace {

// The notes' Python, its comments in the class's language, and the C++ that really runs.
QList<stage::CodeListing> listings()
{
    const QStringList steps = stepNames();
    QString python =
        widgets::Content::read(QStringLiteral(":/lessons/multitasking/code/multitasking.py"));
    static const char *const comments[] = {
        QT_TRANSLATE_NOOP("Multitasking", "computing"),
        QT_TRANSLATE_NOOP("Multitasking", "waiting, like a download"),
        QT_TRANSLATE_NOOP("Multitasking", "task A: sing"),
        QT_TRANSLATE_NOOP("Multitasking", "task B: dance"),
        QT_TRANSLATE_NOOP("Multitasking", "pin this thread"),
        QT_TRANSLATE_NOOP("Multitasking", "sync: A, then B"),
        QT_TRANSLATE_NOOP("Multitasking", "async: start both, carry on at once"),
        QT_TRANSLATE_NOOP("Multitasking", "parallel: two threads, two CPUs"),
        QT_TRANSLATE_NOOP("Multitasking", "concurrent: two threads, one CPU"),
        QT_TRANSLATE_NOOP("Multitasking", "0 for concurrent")};
    for (const char *comment : comments)
        python.replace(QStringLiteral("# ") + QLatin1String(comment),
                       QStringLiteral("# ") + Tr::tr(comment));
    return {stage::CodeListing(QStringLiteral("Python"), python, steps),
            stage::CodeListing::fromFile(
                QStringLiteral("C++"),
                QStringLiteral(":/lessons/multitasking/multitaskingdemo.cpp"), steps)};
}

} // namespace

MultitaskingPanel::MultitaskingPanel(QWidget *parent)
    : StagePanel(QStringLiteral("multitasking"), parent)
{
    auto *page = new QWidget(this);
    m_mode = new QComboBox(page);
    m_mode->addItems({QString(), QString(), QString(), QString()});
    m_kind = new QComboBox(page);
    m_kind->addItems({QString(), QString()});
    m_heart = new QLabel(page);
    m_error = new QLabel(page);
    m_error->setWordWrap(true);
    m_error->hide();
    m_punchline = new QLabel(page);
    m_punchline->setWordWrap(true);
    QFont bold = m_punchline->font();
    bold.setBold(true);
    m_punchline->setFont(bold);
    m_timeline = new SliceTimelineView(page);
    m_totals = new widgets::StatsView(page);
    m_code = new widgets::CodeView(page);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_mode);
    controls->addWidget(m_kind);
    controls->addStretch(1);
    controls->addWidget(m_heart);

    auto *left = new QWidget(page);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_error);
    leftLayout->addWidget(m_timeline, 3);
    leftLayout->addWidget(m_totals, 2);
    leftLayout->addWidget(m_punchline);
    auto *split = new QSplitter(Qt::Horizontal, page);
    split->addWidget(left);
    split->addWidget(m_code);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(controls);
    layout->addWidget(split, 1);

    const auto knobs = [this] {
        TasksOptions o = m_options;
        o.mode = Mode(m_mode->currentIndex());
        o.kind = Kind(m_kind->currentIndex());
        setOptions(o);
    };
    connect(m_mode, &QComboBox::currentIndexChanged, this, knobs);
    connect(m_kind, &QComboBox::currentIndexChanged, this, knobs);
    // The heartbeat runs on the window's own thread: if the window were blocked, it would stop.
    m_heartbeat.setInterval(50);
    connect(&m_heartbeat, &QTimer::timeout, this, [this] {
        ++m_beats;
        m_heart->setText(Tr::tr("♥ window responsive: %1").arg(m_beats));
    });
    m_asyncFrame.setInterval(16);
    connect(&m_asyncFrame, &QTimer::timeout, this, [this] {
        if (!m_async)
            return;
        for (const stage::Event &e : m_async->drain())
            m_asyncEvents.push_back(e);
        showChunks(chunksFrom(m_asyncEvents), m_asyncEvents.empty() ? 0 : m_asyncEvents.back().tNs);
    });
    connect(&m_watchA, &QFutureWatcherBase::finished, this, &MultitaskingPanel::asyncFinished);
    connect(&m_watchB, &QFutureWatcherBase::finished, this, &MultitaskingPanel::asyncFinished);
    connect(&driver(), &widgets::RunDriver::frame, this, &MultitaskingPanel::showFrame);
    connect(&driver(), &widgets::RunDriver::playingChanged, this, [this](bool playing) {
        if (playing) {
            m_beats = 0;
            m_heartbeat.start();
        } else {
            m_heartbeat.stop();
        }
    });
    connect(&driver(), &widgets::RunDriver::finished, this, [this] {
        if (const auto *demo = driver().engine<MultitaskingDemo>())
            finishRun(demo->result(chunksFrom(driver().events())));
    });
    retranslate();
    loadListings();
    setDemo(page, m_code, [this] {
        TasksOptions o = m_options;
        if (o.mode == Mode::Async)
            o.mode = Mode::Sync; // async runs on Qt Concurrent, never on this stage
        return widgets::RunDriver::wrap(std::make_unique<MultitaskingDemo>(o));
    });
    driver().setSpeed(FullSpeed); // the work is timed for real
    showTotals();
}

MultitaskingPanel::~MultitaskingPanel()
{
    stopAsync();
}

void MultitaskingPanel::setOptions(const TasksOptions &options)
{
    stopAsync();
    m_options = options;
    m_error->hide();
    const QSignalBlocker a(m_mode), b(m_kind);
    m_mode->setCurrentIndex(int(options.mode));
    m_kind->setCurrentIndex(int(options.kind));
    m_timeline->setChunks({}, 0);
    driver().restart();
    showTotals();
}

double MultitaskingPanel::total(Mode mode, Kind kind) const
{
    const auto it = m_totalsMs.find({int(mode), int(kind)});
    return it == m_totalsMs.end() ? -1 : it->second;
}

void MultitaskingPanel::play()
{
    if (const QString why = unavailableReason(m_options.mode); !why.isEmpty()) {
        emit statusChanged(why);
        return;
    }
    if (m_options.mode != Mode::Async) {
        StagePanel::play();
        return;
    }
    stopAsync();
    driver().shutdown(); // no stage run in async mode
    m_asyncEvents.clear();
    m_asyncDone = 0;
    m_async = std::make_unique<AsyncTasks>(m_options);
    m_async->start(); // returns at once: the window goes on
    m_watchA.setFuture(m_async->future(0));
    m_watchB.setFuture(m_async->future(1));
    m_beats = 0;
    m_heartbeat.start();
    m_asyncFrame.start();
    emit playingChanged(true);
    emit statusChanged(Tr::tr("Async: A and B started with QtConcurrent::run; the window "
                              "goes on."));
}

void MultitaskingPanel::asyncFinished()
{
    if (!m_async || ++m_asyncDone < 2)
        return;
    for (const stage::Event &e : m_async->drain())
        m_asyncEvents.push_back(e);
    const std::vector<Chunk> chunks = chunksFrom(m_asyncEvents);
    showChunks(chunks, m_asyncEvents.empty() ? 0 : m_asyncEvents.back().tNs);
    const TasksResult r = m_async->result(chunks);
    m_asyncFrame.stop();
    m_heartbeat.stop();
    emit playingChanged(false);
    if (r.chunksDone[0] + r.chunksDone[1] == 2 * std::int64_t(m_options.chunkCount()))
        finishRun(r);
}

void MultitaskingPanel::stopAsync()
{
    m_asyncFrame.stop();
    if (!m_async)
        return;
    m_watchA.setFuture(QFuture<void>());
    m_watchB.setFuture(QFuture<void>());
    m_async.reset(); // cancels: each task stops at its next chunk, then it is waited for
    m_heartbeat.stop();
    emit playingChanged(false);
}

void MultitaskingPanel::pause()
{
    if (m_async) {
        emit statusChanged(Tr::tr("Async tasks cannot be paused; Reset cancels them."));
        return;
    }
    StagePanel::pause();
}

void MultitaskingPanel::step()
{
    if (!m_async)
        StagePanel::step();
}

void MultitaskingPanel::reset()
{
    stopAsync();
    m_timeline->setChunks({}, 0);
    m_error->hide();
    StagePanel::reset();
}

void MultitaskingPanel::setSpeed(int)
{
    StagePanel::setSpeed(FullSpeed); // slow motion would time the beat, not the work
}

bool MultitaskingPanel::isPlaying() const
{
    return m_async ? !m_async->isFinished() : StagePanel::isPlaying();
}

void MultitaskingPanel::shutdown()
{
    stopAsync();
    StagePanel::shutdown();
}

void MultitaskingPanel::showFrame()
{
    showChunks(chunksFrom(driver().shownEvents()), scene().nowNs());
}

void MultitaskingPanel::showChunks(const std::vector<Chunk> &chunks, std::int64_t nowNs)
{
    m_timeline->setChunks(chunks, nowNs);
    m_code->setScene(&scene());
}

void MultitaskingPanel::finishRun(const TasksResult &r)
{
    if (!r.error.isEmpty()) {
        // A refused pin: say so, and do not count the run.
        m_error->setText(Tr::tr("This run did not happen as asked: %1").arg(r.error));
        m_error->show();
        emit statusChanged(m_error->text());
        return;
    }
    m_totalsMs[{int(r.mode), int(r.kind)}] = r.elapsedMs;
    QStringList cpus;
    for (int c : r.cpus)
        cpus.append(QString::number(c));
    emit statusChanged(Tr::tr("Finished in %1 ms on CPU %2.")
                           .arg(r.elapsedMs, 0, 'f', 0)
                           .arg(cpus.join(QStringLiteral(", "))));
    showTotals();
}

void MultitaskingPanel::showTotals()
{
    using Tone = widgets::StatsView::Stat::Tone;
    QList<widgets::StatsView::Stat> stats;
    for (int m = 0; m < 4; ++m) {
        const double ms = total(Mode(m), m_options.kind);
        stats.append({m_mode->itemText(m),
                      ms < 0 ? QStringLiteral("–") : Tr::tr("%1 ms").arg(ms, 0, 'f', 0),
                      Tone::Normal});
    }
    m_totals->setStats(stats);
}

void MultitaskingPanel::loadListings()
{
    const int current = m_code->currentListing();
    m_code->setListings(listings());
    m_code->setCurrentListing(std::max(0, current));
}

void MultitaskingPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        loadListings(); // the Python's comments are in the class's language too
        showTotals();
    }
    StagePanel::changeEvent(event);
}

void MultitaskingPanel::retranslate()
{
    m_mode->setItemText(int(Mode::Sync), Tr::tr("Sync"));
    m_mode->setItemText(int(Mode::Async), Tr::tr("Async"));
    m_mode->setItemText(int(Mode::Parallel), Tr::tr("Parallel"));
    m_mode->setItemText(int(Mode::Concurrent), Tr::tr("Concurrent"));
    m_kind->setItemText(int(Kind::Cpu), Tr::tr("CPU-bound: counting primes"));
    m_kind->setItemText(int(Kind::Io), Tr::tr("I/O-bound: waiting"));
    if (const QString why = unavailableReason(Mode::Parallel); !why.isEmpty()) {
        auto *model = qobject_cast<QStandardItemModel *>(m_mode->model());
        if (QStandardItem *item = model ? model->item(int(Mode::Parallel)) : nullptr) {
            item->setEnabled(false);
            item->setToolTip(why);
        }
    }
    m_timeline->setTaskLabels({Tr::tr("A sings"), Tr::tr("B dances")});
    m_heart->setText(Tr::tr("♥ window responsive: %1").arg(m_beats));
    m_punchline->setText(Tr::tr("Concurrency helps waiting; parallelism helps computing."));
    m_timeline->setAccessibleName(Tr::tr("Time slices per CPU"));
    m_totals->setAccessibleName(Tr::tr("Totals"));
    m_code->setAccessibleName(Tr::tr("Code"));
    m_mode->setAccessibleName(Tr::tr("How A and B run"));
    m_kind->setAccessibleName(Tr::tr("Computing or waiting"));
}

} // namespace multitasking
