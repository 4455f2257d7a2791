#include "threadspanel.h"

#include "threads/creationchart.h"
#include "threads/tr.h"
#include "widgets/codeview.h"
#include "widgets/content.h"
#include "widgets/lessonframe.h"
#include "widgets/pagefocus.h"
#include "widgets/schedulercontrols.h"
#include "widgets/workerlanesview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>
#include <algorithm>
#include <unistd.h>

namespace threads {

namespace {

/// Most threads the panel offers (the command line allows up to MaxThreads).
constexpr int PanelMaxThreads = 12;

} // namespace

ThreadsPanel::ThreadsPanel(QWidget *parent) : StagePanel(QStringLiteral("threads"), parent)
{
    auto *page = m_page = new QWidget(this);
    m_countLabel = new QLabel(page);
    m_count = new QSpinBox(page);
    m_count->setRange(1, PanelMaxThreads);
    m_count->setValue(m_options.count);
    m_countLabel->setBuddy(m_count);
    m_style = new QComboBox(page);
    m_style->addItems({QString(), QString()});
    m_join = new QCheckBox(page);
    m_join->setChecked(m_options.join);
    m_measure = new QPushButton(page);
    m_process = new QGroupBox(page);
    m_lanes = new widgets::WorkerLanesView(m_process);
    m_psHint = new QLabel(m_process);
    m_psHint->setWordWrap(true);
    m_psHint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *box = new QVBoxLayout(m_process);
    box->addWidget(m_lanes, 1);
    box->addWidget(m_psHint);
    m_code = new widgets::CodeView(page);
    m_chart = new CreationChart(page);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_countLabel);
    controls->addWidget(m_count);
    controls->addWidget(m_style);
    controls->addWidget(m_join);
    controls->addWidget(new widgets::SchedulerControls(&driver(), page));
    controls->addStretch(1);

    // The chart and its button belong together, under the process.
    auto *costs = m_costs = new QWidget(page);
    auto *costsLayout = new QVBoxLayout(costs);
    costsLayout->setContentsMargins(0, 0, 0, 0);
    costsLayout->addWidget(m_measure, 0, Qt::AlignLeft);
    costsLayout->addWidget(m_chart, 1);
    // The lanes get the page's whole width (a thread's name, state, step, TID and name read in
    // the thread must fit unelided on a 1024-pixel projector); the code and the chart share
    // the row below.
    auto *below = m_below = new QSplitter(Qt::Horizontal, page);
    below->addWidget(m_code);
    below->addWidget(costs);
    below->setStretchFactor(0, 3);
    below->setStretchFactor(1, 2);
    below->setChildrenCollapsible(false);
    // A layout, not a splitter: the lanes' minimum height grows as threads are created, and
    // the layout follows it (fold()) while the run is live. Once it is over and the chart is
    // asked for, the lanes scroll in what the chart leaves them: on a 768-pixel projector
    // twelve threads' lanes are the page's whole height, and the chart — the point of the
    // measurement, 看图形 — would sit under them, out of sight.
    m_laneScroll = new QScrollArea(page);
    m_laneScroll->setWidget(m_process);
    m_laneScroll->setWidgetResizable(true);
    m_laneScroll->setFrameShape(QFrame::NoFrame);
    m_laneScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Both rows take their height from fold(), not from their size hints (the whole listing
    // at the base size would push the page past a projector's height).
    for (QWidget *row : {static_cast<QWidget *>(m_laneScroll), static_cast<QWidget *>(below)})
        row->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(controls);
    layout->addWidget(m_laneScroll, 2);
    layout->addWidget(below, 3);

    const auto knobs = [this] {
        ThreadsOptions o = m_options;
        o.count = m_count->value();
        o.style = m_style->currentIndex() == 1 ? Style::Subclass : Style::Procedural;
        o.join = m_join->isChecked();
        setOptions(o);
    };
    connect(m_count, &QSpinBox::valueChanged, this, knobs);
    connect(m_style, &QComboBox::currentIndexChanged, this, knobs);
    connect(m_join, &QCheckBox::toggled, this, knobs);
    connect(m_measure, &QPushButton::clicked, this, &ThreadsPanel::measure);
    connect(m_lanes, &widgets::WorkerLanesView::workerClicked, &driver(),
            &widgets::RunDriver::grant);
    connect(&driver(), &widgets::RunDriver::frame, this, &ThreadsPanel::showFrame);
    connect(&driver(), &widgets::RunDriver::rebuilt, this, &ThreadsPanel::loadListings);
    connect(&driver(), &widgets::RunDriver::finished, this, [this] {
        emit statusChanged(m_options.join
                               ? Tr::tr("Finished: the main thread waited at join() for all %n "
                                        "thread(s), then ended.",
                                        "", m_options.count)
                               : Tr::tr("Finished: without join() the main thread did not wait "
                                        "for the others."));
    });
    driver().setBlockedText([](const stage::WorkerView &w) {
        return Tr::tr("%1 waits in join(): it cannot move until that thread has ended.")
            .arg(w.name);
    });
    m_focus = new widgets::PageFocus(below, this);
    connect(m_focus, &widgets::PageFocus::roomChanged, this, &ThreadsPanel::fold);
    retranslate();
    fold();
    setDemo(page, m_code,
            [this] { return widgets::RunDriver::wrap(std::make_unique<ThreadsDemo>(m_options)); });
    connect(frame(), &widgets::LessonFrame::slideChanged, this, &ThreadsPanel::fold);
}

ThreadsPanel::~ThreadsPanel()
{
    stopMeasuring();
}

void ThreadsPanel::shutdown()
{
    stopMeasuring();
    StagePanel::shutdown();
}

void ThreadsPanel::setOptions(const ThreadsOptions &options)
{
    m_options = options;
    // The knobs show what runs (a caller's options too), without each calling back here.
    const QSignalBlocker count(m_count), style(m_style), join(m_join);
    m_count->setValue(options.count);
    m_style->setCurrentIndex(options.style == Style::Subclass ? 1 : 0);
    m_join->setChecked(options.join);
    driver().restart();
}

void ThreadsPanel::measure()
{
    stopMeasuring();
    m_stopMeasuring = false;
    m_measured = false;
    m_measure->setEnabled(false);
    fold();
    emit statusChanged(Tr::tr("Measuring: creating and ending 1, 10 and 100 threads, then as "
                              "many processes…"));
    m_measurer = std::thread([this] {
        QString error;
        const auto points = creationCost(defaultCreationCounts(), &m_stopMeasuring, &error);
        // Back on the GUI thread; dropped if the panel is gone (it joins us first).
        QMetaObject::invokeMethod(
            this,
            [this, points, error] {
                m_measured = true;
                m_measure->setEnabled(true);
                fold();
                if (!error.isEmpty()) {
                    emit statusChanged(Tr::tr("Could not start the processes: %1").arg(error));
                    return;
                }
                m_chart->setPoints(points);
                if (!points.empty())
                    emit statusChanged(
                        Tr::tr("Measured: 100 processes took %1 ms, 100 threads %2 ms.")
                            .arg(points.back().processMs, 0, 'f', 1)
                            .arg(points.back().threadMs, 0, 'f', 1));
            },
            Qt::QueuedConnection);
    });
}

void ThreadsPanel::stopMeasuring()
{
    m_stopMeasuring = true;
    if (m_measurer.joinable())
        m_measurer.join();
    m_measured = true;
    m_measure->setEnabled(true);
}

void ThreadsPanel::showFrame()
{
    m_lanes->setGrantable(driver().grantable());
    m_lanes->setScene(&scene());
    m_code->setScene(&scene());
    m_lanes->update();
    m_code->update();
    fold();
}

bool ThreadsPanel::lanesFolded() const
{
    const bool live =
        !scene().finished() && std::any_of(scene().workers().begin(), scene().workers().end(),
                                           [](const stage::WorkerView &w) { return w.steps > 0; });
    return (measuring() || !m_chart->points().empty()) && !live;
}

void ThreadsPanel::fold()
{
    // Live, every lane in sight (the page scrolls if it must); folded, the lanes scroll in the
    // room the chart leaves them, and the listing (no markers once the run is over) is as
    // short as the chart's button and axes: the stretch then gives the chart the most.
    const bool folded = lanesFolded();
    const int lanes =
        folded ? m_laneScroll->minimumSizeHint().height() : m_process->minimumSizeHint().height();
    if (m_laneScroll->minimumHeight() != lanes)
        m_laneScroll->setMinimumHeight(lanes);
    // Live, the page scrolls (if it must), not the lanes: one scroll bar, not two.
    m_laneScroll->setVerticalScrollBarPolicy(folded ? Qt::ScrollBarAsNeeded
                                                    : Qt::ScrollBarAlwaysOff);
    const int code = folded ? m_costs->minimumSizeHint().height() : 0; // 0: its own
    if (m_code->minimumHeight() != code)
        m_code->setMinimumHeight(code);
    // Zoomed past the window's height (200 % on a 1024x768 projector), the folded page shows
    // the code and the chart as tall as the window's view, scrolled to them: there the chart
    // sat under the lanes, below the fold. At 100 % the page fits and nothing moves.
    // The listing (no markers once the run is over) steps aside there: at 200 % its least
    // width left the chart 600 px and, in Chinese, a plot 88 px tall with every label elided.
    // Not on the Code slide, which is about the listing.
    const bool codeSlide = frame() && currentSlide() == widgets::LessonFrame::CodeSlide;
    const int room = folded && !codeSlide && widgets::PageFocus::zoomed() ? m_focus->room() : 0;
    m_code->setVisible(room == 0);
    // And the button goes beside the chart: in Chinese at 200 % (the status taking two lines)
    // its row left the plot too short for its five decades' labels, all elided.
    auto *costs = static_cast<QBoxLayout *>(m_costs->layout());
    costs->setDirection(room > 0 ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    costs->setAlignment(m_measure, room > 0 ? Qt::AlignTop : Qt::AlignLeft);
    const int below = std::max(m_below->minimumSizeHint().height(), room);
    if (m_below->minimumHeight() != below)
        m_below->setMinimumHeight(below);
    m_below->setMaximumHeight(room > 0 ? below : QWIDGETSIZE_MAX);
    if (m_focus->isActive() != (room > 0))
        m_focus->setActive(room > 0);
    if (folded == m_folded)
        return;
    m_folded = folded;
    // Folded, the chart gets the most of the page and half the row at least (on a 1024-pixel
    // projector some 450 pixels: at the usual two fifths its axis labels elide).
    auto *layout = static_cast<QBoxLayout *>(m_page->layout());
    layout->setStretchFactor(m_laneScroll, folded ? 1 : 2);
    const int width = std::max(m_below->width(), m_below->minimumSizeHint().width());
    const int listing =
        folded ? std::max(m_code->minimumSizeHint().width(), width / 2) : width * 3 / 5;
    m_below->setSizes({listing, width - listing});
}

void ThreadsPanel::loadListings()
{
    const QStringList steps = ThreadsDemo::stepNames();
    const int current = m_code->currentListing();
    // The notes' Python, with what it prints in the class's language.
    const auto python = [](const char *file) {
        QString text =
            widgets::Content::read(QStringLiteral(":/lessons/threads/code/") + QLatin1String(file));
        static const char *const words[] = {QT_TRANSLATE_NOOP("Threads", "sings"),
                                            QT_TRANSLATE_NOOP("Threads", "dances"),
                                            QT_TRANSLATE_NOOP("Threads", "main done")};
        for (const char *word : words)
            text.replace(QStringLiteral("'%1'").arg(QLatin1String(word)),
                         QStringLiteral("'%1'").arg(Tr::tr(word)));
        return text;
    };
    m_code->setListings(
        {stage::CodeListing(Tr::tr("Python: target"), python("threads_target.py"), steps),
         stage::CodeListing(Tr::tr("Python: class"), python("threads_subclass.py"), steps),
         stage::CodeListing::fromFile(QStringLiteral("C++"),
                                      QStringLiteral(":/lessons/threads/threadsdemo.cpp"), steps)});
    // The listing of the style in use, unless the teacher picked another one.
    m_code->setCurrentListing(
        current > 0 && current != 1 ? current : (m_options.style == Style::Subclass ? 1 : 0));
}

void ThreadsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        loadListings();
    }
    StagePanel::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fold(); // a zoom: the rows' least heights change
}

void ThreadsPanel::retranslate()
{
    const qint64 pid = qint64(::getpid());
    m_countLabel->setText(Tr::tr("&Threads:"));
    m_style->setItemText(0, Tr::tr("target, args"));
    m_style->setItemText(1, Tr::tr("subclass, run()"));
    m_style->setToolTip(Tr::tr("Thread(target=…, args=…, name=…) or a subclass of Thread that "
                               "overrides run()"));
    m_join->setText(Tr::tr("&join()"));
    m_measure->setText(Tr::tr("&Measure: threads vs processes"));
    m_process->setTitle(Tr::tr("Process %1 and its threads").arg(pid));
    m_psHint->setText(Tr::tr("Terminal: ps -L -p %1 -o tid,comm").arg(pid));
    m_lanes->setStepLabels({Tr::tr("create"), Tr::tr("start()"), Tr::tr("get name"), Tr::tr("work"),
                            Tr::tr("join()"), Tr::tr("main done")});
    m_lanes->setAccessibleName(Tr::tr("Threads"));
    m_code->setAccessibleName(Tr::tr("Code"));
    m_chart->setAccessibleName(Tr::tr("Creation cost"));
    m_laneScroll->setAccessibleName(Tr::tr("Threads of the process"));
    m_count->setAccessibleName(Tr::tr("Threads"));
    m_style->setAccessibleName(Tr::tr("How the threads are made"));
}

} // namespace threads
