#include "processespanel.h"

#include "processes/memoryrow.h"
#include "processes/processbox.h"
#include "processes/tr.h"
#include "widgets/codeview.h"
#include "widgets/content.h"
#include "widgets/flowlayout.h"
#include "widgets/lessonframe.h"
#include "widgets/schedulercontrols.h"
#include "widgets/textpainter.h"
#include "widgets/theme.h"
#include "widgets/workerlanesview.h"

#include "widgets/lanesarea.h"
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>
#include <cmath>
#include <unistd.h>

namespace processes {

ProcessesPanel::ProcessesPanel(QWidget *parent) : StagePanel(QStringLiteral("processes"), parent)
{
    auto *page = new QWidget(this);
    m_childrenLabel = new QLabel(page);
    m_children = new QSpinBox(page);
    m_children->setRange(1, MaxChildren);
    m_children->setValue(m_options.children);
    m_childrenLabel->setBuddy(m_children);
    m_style = new QComboBox(page);
    m_style->addItems({QString(), QString()});
    // Sixteen children's lanes may not fit a projector's height: they scroll, the page does not.
    m_lanesArea = new widgets::LanesArea(page);
    m_lanes = m_lanesArea->lanes();
    m_memoryArea = new MemoryRow(page);
    connect(m_memoryArea, &MemoryRow::killRequested, this, &ProcessesPanel::killChild);
    m_psHint = new QLabel(page);
    m_psHint->setWordWrap(true);
    m_psHint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_code = new widgets::CodeView(page);

    // Label and field stay together; the knobs wrap as the panel narrows.
    auto *count = new QWidget(page);
    auto *countRow = new QHBoxLayout(count);
    countRow->setContentsMargins(0, 0, 0, 0);
    countRow->addWidget(m_childrenLabel);
    countRow->addWidget(m_children);
    auto *controls = new QWidget(page);
    auto *flow = new widgets::FlowLayout(controls);
    flow->setContentsMargins(0, 0, 0, 0);
    flow->addWidget(count);
    flow->addWidget(m_style);
    flow->addWidget(new widgets::SchedulerControls(&driver(), controls));

    // The lanes across the page (PIDs, states, join: their rows need the width); under them
    // the address spaces in one row and the code take turns at the full width and the rest of
    // the height: a projector has no room for the boxes and readable code at once.
    auto *memoryColumn = new QWidget(page);
    auto *memoryLayout = new QVBoxLayout(memoryColumn);
    memoryLayout->setContentsMargins(0, 0, 0, 0);
    memoryLayout->addWidget(m_memoryArea);
    memoryLayout->addWidget(m_psHint);
    memoryLayout->addStretch(1);
    m_bottom = new QTabWidget(page);
    m_bottom->addTab(memoryColumn, QString());
    m_bottom->addTab(m_code, QString());
    m_split = new QSplitter(Qt::Vertical, page);
    m_split->addWidget(m_lanesArea);
    m_split->addWidget(m_bottom);
    m_split->setStretchFactor(0, 2);
    m_split->setStretchFactor(1, 3);
    m_split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(controls);
    layout->addWidget(m_split, 1);
    // The code's turn takes the height from the lanes (they scroll): on a projector the loop
    // body, from a child's lines to the parent's join, needs every row it can get, and the
    // markers on it show where each process is.
    connect(m_bottom, &QTabWidget::currentChanged, this, [this](int tab) {
        fitMemoryArea();
        if (tab == 1) {
            m_memorySizes = m_split->sizes();
            const int total = m_memorySizes.value(0) + m_memorySizes.value(1);
            m_split->setSizes({m_lanesArea->minimumHeight(), total});
        } else if (!m_memorySizes.isEmpty()) {
            m_split->setSizes(m_memorySizes);
        }
    });

    const auto knobs = [this] {
        Options o = m_options;
        o.children = m_children->value();
        o.style = m_style->currentIndex() == 1 ? Style::Subclass : Style::Function;
        setOptions(o);
    };
    connect(m_children, &QSpinBox::valueChanged, this, knobs);
    connect(m_style, &QComboBox::currentIndexChanged, this, knobs);
    connect(m_lanes, &widgets::WorkerLanesView::workerClicked, &driver(),
            &widgets::RunDriver::grant);
    connect(&driver(), &widgets::RunDriver::frame, this, &ProcessesPanel::showFrame);
    connect(&driver(), &widgets::RunDriver::rebuilt, this, [this] {
        m_lanes->setScene(&scene());
        m_memoryArea->setChildren(m_options.children);
        fitMemoryArea();
        loadListings();
        showFrame();
    });
    connect(&driver(), &widgets::RunDriver::finished, this, &ProcessesPanel::announceResult);
    driver().setBlockedText([this](const stage::WorkerView &w) {
        const auto &workers = scene().workers();
        const QString child = w.waitingFor >= 0 && w.waitingFor < int(workers.size())
                                  ? workers[std::size_t(w.waitingFor)].name
                                  : QString();
        return Tr::tr("%1 waits in join(): it cannot move until %2 has ended.").arg(w.name, child);
    });
    m_memoryArea->setChildren(m_options.children);
    fitMemoryArea();
    retranslate();
    setDemo(page, m_code, [this] {
        return widgets::RunDriver::wrap(std::make_unique<ProcessesDemo>(m_options));
    });
    // The Demo slide is about the address spaces, the Code slide about the listing.
    connect(frame(), &widgets::LessonFrame::slideChanged, this, [this](int slide) {
        if (slide == widgets::LessonFrame::DemoSlide)
            m_bottom->setCurrentIndex(0);
        else if (slide == widgets::LessonFrame::CodeSlide)
            m_bottom->setCurrentIndex(1);
    });
}

void ProcessesPanel::setOptions(const Options &options)
{
    m_options = options;
    {
        // The knobs show what runs, without starting it over a second time.
        const QSignalBlocker b1(m_children), b2(m_style);
        m_children->setValue(options.children);
        m_style->setCurrentIndex(options.style == Style::Subclass ? 1 : 0);
    }
    driver().restart();
}

bool ProcessesPanel::killChild(int i)
{
    ProcessesDemo *d = demo();
    // The PID before the kill: once the child is reaped the stage no longer has one for it.
    const qint64 pid = d ? d->stage().processId(d->childWorker(i)) : 0;
    if (!d || !d->killChild(i))
        return false;
    emit statusChanged(
        Tr::tr("Sent SIGKILL to P%1, as kill -9 %2 in a terminal.").arg(i + 1).arg(pid));
    return true;
}

void ProcessesPanel::fitMemoryArea()
{
    m_memoryArea->fit();
    // The lanes of the parent and three children (the default) without scrolling, from the
    // view's own hint per lane (children appear as the parent starts them, between two frames).
    const int rows = std::max<int>(1, int(scene().workers().size()));
    const int perLane = (m_lanes->minimumSizeHint().height() + rows - 1) / rows;
    // In the code's turn, the parent's lane and one child's.
    const int lanes = m_bottom && m_bottom->currentIndex() == 1 ? 2 : 4;
    m_lanesArea->setMinimumHeight(perLane * std::min(1 + m_options.children, lanes) +
                                  2 * m_lanesArea->frameWidth());
    // The code takes turns with the boxes, so it needs no more height than they do: its own
    // minimum (every step's line, 17 of them) would push the page below a projector's fold.
    // Shorter, it keeps the running lines in view (CodeView scrolls to its markers).
    const QFontMetricsF code(
        widgets::TextPainter::mono(widgets::Theme::current().minimumPointSize()), m_code);
    m_code->setMinimumHeight(int(std::ceil(code.lineSpacing() * 8)));
}

void ProcessesPanel::showFrame()
{
    m_lanes->setGrantable(driver().grantable());
    m_lanes->setScene(&scene());
    m_code->setScene(&scene());
    m_lanes->update();
    m_code->update();

    m_memoryArea->showScene(scene());
    fitMemoryArea(); // the boxes' lines change with their content
}

void ProcessesPanel::announceResult()
{
    const Result r = ProcessesDemo::resultOf(scene());
    int killed = 0;
    for (const ChildReport &c : r.children)
        killed += c.signal != 0;
    const bool unchanged = r.g == InitialGlobal && r.local == InitialLocal;
    QString text = unchanged ? Tr::tr("Finished: the children changed their own copies; the "
                                      "parent's g is still %1.")
                                   .arg(r.g)
                             : Tr::tr("Finished: the parent's g is %1.").arg(r.g);
    if (killed > 0)
        text += QLatin1Char(' ') + Tr::tr("%n killed by signal 9, joined too.", "", killed);
    emit statusChanged(text);
}

void ProcessesPanel::loadListings()
{
    // Listing 0 is the notes' Python in the style in use (the Demo slide), listing 1 the C++
    // that runs (the Code slide).
    const QStringList steps = ProcessesDemo::stepNames();
    const int current = m_code->currentListing();
    const QString python = m_options.style == Style::Subclass
                               ? QStringLiteral(":/lessons/processes/code/processes_subclass.py")
                               : QStringLiteral(":/lessons/processes/code/processes_target.py");
    m_code->setListings(
        {stage::CodeListing(QStringLiteral("Python"), widgets::Content::read(python), steps),
         stage::CodeListing::fromFile(QStringLiteral("C++"),
                                      QStringLiteral(":/lessons/processes/processesdemo.cpp"),
                                      steps)});
    m_code->setCurrentListing(std::max(0, current));
}

void ProcessesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        loadListings();
        showFrame();
    }
    StagePanel::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        fitMemoryArea();
}

void ProcessesPanel::retranslate()
{
    const qint64 pid = qint64(::getpid());
    m_childrenLabel->setText(Tr::tr("&Children:"));
    m_children->setAccessibleName(Tr::tr("Number of child processes"));
    m_style->setItemText(0, Tr::tr("procedural: Process(target=…)"));
    m_style->setItemText(1, Tr::tr("object-oriented: MyProcess(Process)"));
    m_style->setToolTip(Tr::tr("Process(target=task, args=(n,)) or a subclass of Process that "
                               "overrides run()"));
    m_style->setAccessibleName(Tr::tr("How the children are written"));
    m_psHint->setText(Tr::tr("See them in a terminal: ps -o pid,ppid,cmd --ppid %1").arg(pid));
    m_lanes->setStepLabels({Tr::tr("p.start()"), Tr::tr("p.join()"), Tr::tr("print"),
                            Tr::tr("run()"), Tr::tr("g += n"), Tr::tr("work"), Tr::tr("done")});
    m_lanes->setAccessibleName(Tr::tr("Processes"));
    m_lanesArea->setAccessibleName(Tr::tr("Processes"));
    m_memoryArea->setAccessibleName(Tr::tr("Address spaces"));
    m_code->setAccessibleName(Tr::tr("Code"));
    m_bottom->setTabText(0, Tr::tr("Address spaces"));
    m_bottom->setTabText(1, Tr::tr("Code"));
}

} // namespace processes
