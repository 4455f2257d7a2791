#include "poolpanel.h"

#include "pool/copyrun.h"
#include "pool/poolviews.h"
#include "pool/samplefolder.h"
#include "pool/sweepchart.h"
#include "pool/sweeptab.h"
#include "pool/taskboard.h"
#include "pool/tr.h"
#include "widgets/codeview.h"
#include "widgets/content.h"
#include "widgets/flowlayout.h"
#include "widgets/lessonframe.h"
#include "widgets/schedulercontrols.h"
#include "widgets/workerlanesview.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pool {

namespace {

/// The chunk sizes offered: the notes' 1 KiB up to 1 MiB.
const qint64 Chunks[] = {NotesChunk, 4 * 1024, DefaultChunk, 1024 * 1024};

} // namespace

PoolPanel::PoolPanel(QWidget *parent) : StagePanel(QStringLiteral("pool"), parent)
{
    auto *page = new QWidget(this);
    m_workersLabel = new QLabel(page);
    m_workers = new QSpinBox(page);
    m_workers->setRange(1, MaxWorkers);
    m_workers->setValue(DefaultWorkers);
    m_workersLabel->setBuddy(m_workers);
    m_chunkLabel = new QLabel(page);
    m_chunk = new QComboBox(page);
    for (qint64 c : Chunks)
        m_chunk->addItem(formatBytes(c), c);
    m_chunk->setCurrentIndex(2);
    m_chunkLabel->setBuddy(m_chunk);
    m_pick = new QPushButton(page);
    m_kill = new QPushButton(page);
    m_fromLabel = new QLabel(page);
    m_from = new QLineEdit(page);
    m_from->setReadOnly(true);
    m_fromLabel->setBuddy(m_from);
    m_intoLabel = new QLabel(page);
    m_into = new QLineEdit(page);
    m_into->setReadOnly(true);
    m_intoLabel->setBuddy(m_into);
    m_summary = new QLabel(page);
    m_views = new PoolViews(page);
    m_board = m_views->board();
    m_code = m_views->code();
    m_sweepTab = m_views->sweepTab();

    const auto pair = [page](QWidget *a, QWidget *b) {
        auto *box = new QWidget(page);
        auto *row = new QHBoxLayout(box);
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(a);
        row->addWidget(b);
        return box;
    };
    auto *controls = m_controls = new QWidget(page);
    auto *flow = new widgets::FlowLayout(controls);
    flow->setContentsMargins(0, 0, 0, 0);
    flow->addWidget(pair(m_workersLabel, m_workers));
    flow->addWidget(pair(m_chunkLabel, m_chunk));
    flow->addWidget(m_pick);
    flow->addWidget(m_kill);
    flow->addWidget(new widgets::SchedulerControls(&driver(), controls));
    // The folders in the same flow as the knobs: they fill the rows' ends instead of taking
    // two rows of their own, which a projector's height cannot spare.
    m_folders = {pair(m_fromLabel, m_from), pair(m_intoLabel, m_into), m_summary};
    for (QWidget *folder : m_folders)
        flow->addWidget(folder);

    // The folders step aside on the code's turn: at 1024x768 their two or three rows were the
    // code's last rows, where the parent's marker (pool = Pool(5)) sits.
    connect(m_views, &PoolViews::turnChanged, this, [this](PoolViews::Turn turn) {
        for (QWidget *folder : m_folders)
            folder->setVisible(turn != PoolViews::CodeTurn);
        showFrame();
    });
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(controls);
    layout->addWidget(m_views, 1);

    connect(m_workers, &QSpinBox::valueChanged, this, [this] { driver().restart(); });
    connect(m_chunk, &QComboBox::currentIndexChanged, this, [this] { driver().restart(); });
    connect(m_pick, &QPushButton::clicked, this, &PoolPanel::chooseSource);
    connect(m_kill, &QPushButton::clicked, this, &PoolPanel::killBusyWorker);
    connect(m_sweepTab, &SweepTab::sweepRequested, this, &PoolPanel::sweep);
    connect(m_sweepTab, &SweepTab::statusChanged, this, &widgets::LessonPanel::statusChanged);
    connect(m_views->lanes(), &widgets::WorkerLanesView::workerClicked, &driver(),
            &widgets::RunDriver::grant);
    connect(&driver(), &widgets::RunDriver::frame, this, &PoolPanel::showFrame);
    connect(&driver(), &widgets::RunDriver::rebuilt, this, [this] {
        std::vector<qint64> sizes;
        if (const PoolDemo *d = demo())
            for (const FileTask &t : d->work().plan().files)
                sizes.push_back(t.size);
        m_board->setSizes(std::move(sizes));
        loadListings();
        retranslate(); // the source line names the new destination
        showFrame();
    });
    connect(&driver(), &widgets::RunDriver::finished, this, &PoolPanel::announceResult);
    driver().setBlockedText([](const stage::WorkerView &w) {
        return Tr::tr("%1 waits for a worker to end (pool.join()): it moves when one does.")
            .arg(w.name);
    });
    retranslate();
    setDemo(page, m_code, [this] { return makeRun(); });
    // The Demo slide is about the tasks, the Code slide about the listing.
    connect(frame(), &widgets::LessonFrame::slideChanged, this, [this](int slide) {
        if (slide == widgets::LessonFrame::DemoSlide)
            m_views->setTurn(PoolViews::TasksTurn);
        else if (slide == widgets::LessonFrame::CodeSlide)
            m_views->setTurn(PoolViews::CodeTurn);
    });
}

PoolPanel::~PoolPanel()
{
    // The pool and the sweep read the sample folder, a member of this class gone before
    // StagePanel's destructor stops the run: stop both first.
    m_sweepTab->stop();
    disconnect(&driver(), nullptr, this, nullptr);
    driver().shutdown();
}

void PoolPanel::shutdown()
{
    m_sweepTab->stop();
    StagePanel::shutdown();
}

std::unique_ptr<widgets::RunDriver::Run> PoolPanel::makeRun()
{
    if (m_userSource.isEmpty() && !m_sample)
        m_sample = std::make_unique<SampleFolder>();
    auto run = std::make_unique<CopyRun>(source(), m_dstParent, workers(), chunk());
    m_runError = run->error();
    return run;
}

int PoolPanel::workers() const
{
    return m_workers->value();
}

qint64 PoolPanel::chunk() const
{
    return m_chunk->currentData().toLongLong();
}

void PoolPanel::setKnobs(int workers, qint64 chunk)
{
    const QSignalBlocker b1(m_workers), b2(m_chunk);
    m_workers->setValue(workers);
    const int i = m_chunk->findData(chunk);
    if (i >= 0) {
        m_chunk->setCurrentIndex(i);
    } else {
        m_chunk->addItem(formatBytes(chunk), chunk);
        m_chunk->setCurrentIndex(m_chunk->count() - 1);
    }
    driver().restart();
}

QString PoolPanel::source() const
{
    if (!m_userSource.isEmpty())
        return m_userSource;
    return m_sample ? m_sample->path() : QString();
}

bool PoolPanel::setSource(const QString &folder)
{
    QString error;
    // The same checks as the copy's, against a destination that cannot exist.
    if (!planCopy(folder, QDir::tempPath() + QStringLiteral("/cc-pool-check-none"), &error)) {
        emit statusChanged(error);
        return false;
    }
    m_userSource = folder;
    driver().restart();
    return true;
}

void PoolPanel::setDestinationParent(const QString &folder)
{
    m_dstParent = folder;
    driver().restart();
}

void PoolPanel::chooseSource()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, Tr::tr("Folder to copy"), source());
    if (!folder.isEmpty())
        setSource(folder);
}

PoolDemo *PoolPanel::demo() const
{
    auto *run = dynamic_cast<CopyRun *>(driver().run());
    return run ? &run->demo() : nullptr;
}

int PoolPanel::busyWorker() const
{
    const auto &workers = scene().workers();
    for (const stage::TaskView &t : scene().tasks()) {
        if (t.state != int(TaskState::Running) || t.worker <= 0 || t.worker >= int(workers.size()))
            continue;
        const stage::WorkerState s = workers[std::size_t(t.worker)].state;
        if (workers[std::size_t(t.worker)].pid > 0 && s != stage::WorkerState::Finished &&
            s != stage::WorkerState::Killed && s != stage::WorkerState::Stopped)
            return t.worker;
    }
    return -1;
}

bool PoolPanel::killBusyWorker()
{
    PoolDemo *d = demo();
    const int w = busyWorker();
    if (!d || w < 0)
        return false;
    const qint64 pid = scene().workers()[std::size_t(w)].pid;
    if (!d->killWorker(w))
        return false;
    emit statusChanged(Tr::tr("Sent SIGKILL to %1 (kill -9 %2) mid-copy: its file goes back in "
                              "the queue and a new worker takes its place.")
                           .arg(scene().workers()[std::size_t(w)].name)
                           .arg(pid));
    return true;
}

void PoolPanel::sweep()
{
    if (m_userSource.isEmpty() && !m_sample)
        m_sample = std::make_unique<SampleFolder>();
    m_sweepTab->start(source(), chunk());
}

void PoolPanel::showFrame()
{
    m_views->showScene(scene(), driver().grantable(), workers());
    const int w = busyWorker();
    const qint64 pid = w >= 0 ? scene().workers()[std::size_t(w)].pid : 0;
    m_kill->setText(pid > 0 ? QStringLiteral("kill -9 %1").arg(pid) : QStringLiteral("kill -9 …"));
    m_kill->setEnabled(pid > 0);
}

void PoolPanel::announceResult()
{
    PoolDemo *d = demo();
    if (!d)
        return;
    const CopyResult r = d->resultOf(scene());
    if (!m_runError.isEmpty() || !r.error.isEmpty() || !r.failures.isEmpty()) {
        const QString why = !m_runError.isEmpty()   ? m_runError
                            : !r.failures.isEmpty() ? r.failures.first()
                                                    : r.error;
        emit statusChanged(Tr::tr("The copy stopped: %1. Copied and verified: %2 of %3 files.")
                               .arg(why)
                               .arg(r.verified)
                               .arg(r.files));
        return;
    }
    emit statusChanged(Tr::tr("Finished: %1 files (%2) copied and verified by %3 worker "
                              "processes; %4 replaced after a kill.")
                           .arg(r.verified)
                           .arg(formatBytes(r.bytes))
                           .arg(r.workers)
                           .arg(r.replaced));
}

void PoolPanel::loadListings()
{
    const QStringList steps = PoolDemo::stepNames();
    const int current = m_code->currentListing();
    m_code->setListings(
        {stage::CodeListing(
             QStringLiteral("Python"),
             widgets::Content::read(QStringLiteral(":/lessons/pool/code/pool_copy.py")), steps),
         stage::CodeListing::fromFile(QStringLiteral("C++"),
                                      QStringLiteral(":/lessons/pool/copyplan.cpp"), steps)});
    m_code->setCurrentListing(std::max(0, current));
    m_views->fitCode();
}

void PoolPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showFrame();
    }
    if (event->type() == QEvent::FontChange)
        retranslate(); // the paths' widths follow the font
    StagePanel::changeEvent(event);
}

void PoolPanel::retranslate()
{
    m_workersLabel->setText(Tr::tr("&Workers:"));
    m_chunkLabel->setText(Tr::tr("&Chunk:"));
    m_workers->setAccessibleName(Tr::tr("Number of worker processes"));
    m_chunk->setAccessibleName(Tr::tr("Bytes per read"));
    for (int i = 0; i < m_chunk->count(); ++i)
        m_chunk->setItemText(i, formatBytes(m_chunk->itemData(i).toLongLong()));
    m_chunk->setToolTip(Tr::tr("Bytes per read: the notes read 1024 at a time"));
    m_pick->setText(Tr::tr("Sou&rce folder…"));
    m_kill->setAccessibleName(Tr::tr("Kill a worker that is copying (kill -9)"));
    {
        // As wide as the command with Linux's largest PID: the button does not jump as PIDs come.
        const QFontMetrics fm(m_kill->font());
        m_kill->setMinimumWidth(fm.horizontalAdvance(QStringLiteral("kill -9 4194304")) +
                                m_kill->sizeHint().width() - fm.horizontalAdvance(m_kill->text()));
    }
    m_kill->setToolTip(m_kill->accessibleName());
    m_views->retranslate();
    m_fromLabel->setText(Tr::tr("&From:"));
    m_intoLabel->setText(Tr::tr("&Into the new folder:"));
    const PoolDemo *d = demo();
    if (d && d->error().isEmpty() && m_runError.isEmpty()) {
        const CopyPlan &plan = d->work().plan();
        m_from->setText(plan.src);
        m_into->setText(plan.dst);
        m_summary->setText(
            Tr::tr("%n file(s), %1", "", int(plan.files.size())).arg(formatBytes(plan.bytes)));
    } else {
        m_from->setText(source());
        m_into->clear();
        m_summary->setText(
            Tr::tr("Cannot copy it: %1").arg(m_runError.isEmpty() && d ? d->error() : m_runError));
    }
    // A path is shown whole when it is not absurdly long.
    for (QLineEdit *e : {m_from, m_into}) {
        const QFontMetrics fm(e->font());
        e->setMinimumWidth(std::min(fm.horizontalAdvance(e->text()), fm.averageCharWidth() * 40) +
                           fm.averageCharWidth() * 2);
        e->setCursorPosition(0);
    }
    // The page as wide while the folders step aside: the window widens its navigator to the
    // room a page leaves, and a navigator changing width with the tab pushed the tabs' last
    // title under the tab bar's arrows.
    {
        int widest = 0;
        for (const QWidget *folder : m_folders)
            widest = std::max(widest, folder->minimumSizeHint().width());
        m_controls->setMinimumWidth(widest);
    }
    m_from->setAccessibleName(Tr::tr("Folder to copy"));
    m_into->setAccessibleName(Tr::tr("New folder the copy goes into"));
}

} // namespace pool
