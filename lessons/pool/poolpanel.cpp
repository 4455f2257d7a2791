#include "poolpanel.h"

#include "pool/copyrun.h"
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
#include "widgets/textpainter.h"
#include "widgets/theme.h"
#include "widgets/workerlanesview.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>
#include <cmath>

namespace pool {

namespace {

/// The chunk sizes offered: the notes' 1 KiB up to 1 MiB.
const qint64 Chunks[] = {NotesChunk, 4 * 1024, DefaultChunk, 1024 * 1024};

/// Code rows the pool's markers can need: five marked lines and the four folds between them.
constexpr int MarkerRows = 9;

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
    m_board = new TaskBoard(page);
    m_lanes = new widgets::WorkerLanesView(page);
    m_lanesArea = new QScrollArea(page);
    m_lanesArea->setWidgetResizable(true);
    m_lanesArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_lanesArea->setFrameShape(QFrame::NoFrame);
    m_lanesArea->setWidget(m_lanes);
    m_code = new widgets::CodeView(page);
    m_sweepTab = new SweepTab(page);

    const auto pair = [page](QWidget *a, QWidget *b) {
        auto *box = new QWidget(page);
        auto *row = new QHBoxLayout(box);
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(a);
        row->addWidget(b);
        return box;
    };
    auto *controls = new QWidget(page);
    auto *flow = new widgets::FlowLayout(controls);
    flow->setContentsMargins(0, 0, 0, 0);
    flow->addWidget(pair(m_workersLabel, m_workers));
    flow->addWidget(pair(m_chunkLabel, m_chunk));
    flow->addWidget(m_pick);
    flow->addWidget(m_kill);
    flow->addWidget(new widgets::SchedulerControls(&driver(), controls));
    // The folders in the same flow as the knobs: they fill the rows' ends instead of taking
    // two rows of their own, which a projector's height cannot spare.
    flow->addWidget(pair(m_fromLabel, m_from));
    flow->addWidget(pair(m_intoLabel, m_into));
    flow->addWidget(m_summary);

    // The tasks, the code and the sweep take turns at the page's full width: beside the tasks
    // a 1024 px projector left the code five cut lines. The workers' lanes across the page
    // under them: a lane needs the width for its file and bytes.
    m_right = new QTabWidget(page);
    m_right->addTab(m_board, QString());
    m_right->addTab(m_code, QString());
    m_right->addTab(m_sweepTab, QString());
    // The sweep's button beside the tabs on its turn: a row of its own was the plot's.
    m_right->setCornerWidget(m_sweepTab->button(), Qt::TopRightCorner);
    m_sweepTab->button()->hide();
    m_split = new QSplitter(Qt::Vertical, page);
    m_split->addWidget(m_right);
    m_split->addWidget(m_lanesArea);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    m_split->setSizes({3000, 2000}); // the lanes keep their share on a tall screen
    m_split->setChildrenCollapsible(false);
    // The code's turn takes the height from the lanes (they scroll): the loop body needs every
    // row it can get on a projector. The sweep's chart times pools of its own, not the copy the
    // lanes show: they step aside for it (a 1024 px projector left the plot 65 px tall).
    connect(m_right, &QTabWidget::currentChanged, this, [this](int tab) {
        m_lanesArea->setVisible(m_right->widget(tab) != m_sweepTab);
        m_sweepTab->button()->setVisible(m_right->widget(tab) == m_sweepTab);
        fitCode();
        showFrame(); // the lanes' floor follows the tab
        if (tab != 0 && m_tasksSizes.isEmpty()) {
            m_tasksSizes = m_split->sizes();
            const int total = m_tasksSizes.value(0) + m_tasksSizes.value(1);
            m_split->setSizes({total, m_lanesArea->minimumHeight()});
        } else if (tab == 0 && !m_tasksSizes.isEmpty()) {
            m_split->setSizes(m_tasksSizes);
            m_tasksSizes.clear();
        }
    });
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(controls);
    layout->addWidget(m_split, 1);

    connect(m_workers, &QSpinBox::valueChanged, this, [this] { driver().restart(); });
    connect(m_chunk, &QComboBox::currentIndexChanged, this, [this] { driver().restart(); });
    connect(m_pick, &QPushButton::clicked, this, &PoolPanel::chooseSource);
    connect(m_kill, &QPushButton::clicked, this, &PoolPanel::killBusyWorker);
    connect(m_sweepTab, &SweepTab::sweepRequested, this, &PoolPanel::sweep);
    connect(m_sweepTab, &SweepTab::statusChanged, this, &widgets::LessonPanel::statusChanged);
    connect(m_lanes, &widgets::WorkerLanesView::workerClicked, &driver(),
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
            m_right->setCurrentIndex(0);
        else if (slide == widgets::LessonFrame::CodeSlide)
            m_right->setCurrentIndex(1);
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
    m_lanes->setGrantable(driver().grantable());
    m_lanes->setScene(&scene());
    // The lanes of the parent and up to three workers without scrolling, from the view's own
    // hint per lane (workers appear as the parent starts them, between two frames).
    const int rows = std::max<int>(1, int(scene().workers().size()));
    const int perLane = (m_lanes->minimumSizeHint().height() + rows - 1) / rows;
    // Two while the code or the sweep has its turn: they want the height.
    const int lanes = m_right->currentIndex() == 0 ? 4 : 2;
    m_lanesArea->setMinimumHeight(perLane * std::min(1 + workers(), lanes) +
                                  2 * m_lanesArea->frameWidth());
    m_board->setScene(&scene());
    m_code->setScene(&scene());
    for (QWidget *v : std::initializer_list<QWidget *>{m_lanes, m_board, m_code})
        v->update();
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

void PoolPanel::fitCode()
{
    // The code takes turns with the tasks and the sweep: its own minimum (every step's line,
    // twenty of them) would push the workers' lanes below a projector's fold. Shorter, it
    // keeps the running lines in view: CodeView folds the lines between its markers, and the
    // markers sit on at most five lines (the parent's, a worker's take, read/write, verify,
    // done), nine rows with the four "…" between them, under its tabs (its own measure: a row
    // of the bold font / 0.7, and a quarter row of padding). Zoomed to 200 % the page scrolls
    // to it rather than lose a marker.
    const double row = widgets::TextPainter::rowHeight(
        m_code, {widgets::TextPainter::mono(1), widgets::TextPainter::font(1, true)},
        widgets::Theme::current().minimumPointSize());
    // Only on its turn (1, not 0: 0 would leave its own hint, all the steps, in force): a tab
    // widget is as tall as its tallest page's floor, and the sweep's page wants the height.
    const bool shown = m_right->currentWidget() == m_code;
    m_code->setMinimumHeight(shown ? int(std::ceil(row / 0.7 + row * (MarkerRows + 0.5))) + 1 : 1);
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
    m_sweepTab->retranslate();
    m_lanes->setStepLabels({Tr::tr("start"), Tr::tr("pool.join()"), Tr::tr("requeue"),
                            Tr::tr("all done"), Tr::tr("take"), Tr::tr("read/write"),
                            Tr::tr("verify"), Tr::tr("done")});
    m_lanes->setAccessibleName(Tr::tr("Workers"));
    m_lanesArea->setAccessibleName(Tr::tr("Workers"));
    m_board->setAccessibleName(Tr::tr("Tasks"));
    m_code->setAccessibleName(Tr::tr("Code"));
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
    fitCode();
    m_right->setTabText(0, Tr::tr("Tasks"));
    m_right->setTabText(1, Tr::tr("Code"));
    m_right->setTabText(2, Tr::tr("Is more better?"));
    m_from->setAccessibleName(Tr::tr("Folder to copy"));
    m_into->setAccessibleName(Tr::tr("New folder the copy goes into"));
}

} // namespace pool
