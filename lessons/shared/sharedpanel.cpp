#include "sharedpanel.h"

#include "shared/tr.h"
#include "widgets/codeview.h"
#include "widgets/content.h"
#include "widgets/memorymapview.h"
#include "widgets/schedulercontrols.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>
#include <algorithm>
#include <unistd.h>

namespace shared {

namespace {

// The notes' Python, its comments in the class's language, and the C++ that really runs.
QList<stage::CodeListing> listings()
{
    const QStringList steps = SharedDemo::stepNames();
    QString python = widgets::Content::read(QStringLiteral(":/lessons/shared/code/shared.py"));
    static const char *const comments[] = {
        QT_TRANSLATE_NOOP("Shared", "one global"),
        QT_TRANSLATE_NOOP("Shared", "count: a local, on this thread's stack")};
    for (const char *comment : comments)
        python.replace(QStringLiteral("# ") + QLatin1String(comment),
                       QStringLiteral("# ") + Tr::tr(comment));
    return {stage::CodeListing(QStringLiteral("Python"), python, steps),
            stage::CodeListing::fromFile(QStringLiteral("C++"),
                                         QStringLiteral(":/lessons/shared/shareddemo.cpp"), steps)};
}

} // namespace

SharedPanel::SharedPanel(QWidget *parent) : StagePanel(QStringLiteral("shared"), parent)
{
    auto *page = m_page = new QWidget(this);
    m_threadsLabel = new QLabel(page);
    m_threads = new QSpinBox(page);
    m_threads->setRange(1, MaxThreads);
    m_threads->setValue(m_options.threads);
    m_threadsLabel->setBuddy(m_threads);
    m_note = new QLabel(page);
    m_note->setWordWrap(true);
    m_map = new widgets::MemoryMapView(page);
    m_code = new widgets::CodeView(page);
    // The widest a column gets in the biggest run the spin box allows, so the window makes room
    // (the navigator folds) as the lesson opens, not when the fourth thread pushes its frame.
    const SharedOptions most{MaxThreads};
    m_map->setCapacity(MaxThreads,
                       {QStringLiteral("T%1").arg(MaxThreads), QStringLiteral("add_one()"),
                        QStringLiteral("step = %1").arg(SharedDemo::increment(MaxThreads - 1)),
                        QStringLiteral("count = %1").arg(most.rounds),
                        QStringLiteral("x = %1").arg(most.rounds - 1),
                        QStringLiteral("y = %1").arg(most.rounds)});

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_threadsLabel);
    controls->addWidget(m_threads);
    controls->addWidget(new widgets::SchedulerControls(&driver(), page));
    controls->addStretch(1);

    auto *left = new QWidget(page);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    // No lanes: on a 768-pixel projector the stacks need the height. The code view marks each
    // thread's line, and a click on a thread's header grants it a step.
    leftLayout->addWidget(m_map, 1);
    auto *split = m_split = new QSplitter(Qt::Horizontal, page);
    split->addWidget(left);
    split->addWidget(m_code);
    // The stacks need the width more than the listing (its long lines may elide): at 1024
    // pixels the map's caption and a column per thread must fit at the smallest text size.
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 1);
    split->setSizes({660, 330});
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(controls);
    layout->addWidget(split, 1);
    layout->addWidget(m_note);

    connect(m_threads, &QSpinBox::valueChanged, this, [this](int n) {
        SharedOptions o = m_options;
        o.threads = n;
        setOptions(o);
    });
    connect(m_map, &widgets::MemoryMapView::workerClicked, &driver(), &widgets::RunDriver::grant);
    connect(&driver(), &widgets::RunDriver::frame, this, &SharedPanel::showFrame);
    connect(&driver(), &widgets::RunDriver::rebuilt, this, [this] { m_map->setScene(nullptr); });
    connect(&driver(), &widgets::RunDriver::finished, this, [this] {
        emit statusChanged(
            Tr::tr("Finished: g_num = %1. Every thread added to the one global; each count "
                   "stayed in its own thread's stack.")
                .arg(scene().shared().empty() ? 0 : scene().shared()[0].value));
    });
    retranslate();
    setDemo(page, m_code,
            [this] { return widgets::RunDriver::wrap(std::make_unique<SharedDemo>(m_options)); });
}

void SharedPanel::resizeEvent(QResizeEvent *event)
{
    StagePanel::resizeEvent(event);
    // A column per thread at the smallest text needs the width: at 1024 pixels with four
    // threads the map and the listing do not fit side by side, so the code goes under the map
    // rather than the page scrolling sideways. Measured against the scroll area's viewport: side
    // by side the panel is never narrower than its minimum, however narrow the window.
    const QScrollArea *area = nullptr;
    for (QWidget *w = parentWidget(); w && !area; w = w->parentWidget())
        area = qobject_cast<QScrollArea *>(w);
    const int room = (area ? area->viewport()->width() : width()) - (width() - m_page->width());
    const QMargins m = m_page->layout()->contentsMargins();
    const int sideBySide = m_map->minimumSizeHint().width() + m_code->minimumSizeHint().width() +
                           m_split->handleWidth() + m.left() + m.right();
    const Qt::Orientation o = room < sideBySide ? Qt::Vertical : Qt::Horizontal;
    if (m_split->orientation() == o)
        return;
    m_split->setOrientation(o);
    // Under the map, the listing gets what the stacks leave: as much of it in sight as can be.
    if (o == Qt::Vertical)
        m_split->setSizes({m_map->minimumSizeHint().height(), m_page->height()});
}

void SharedPanel::setOptions(const SharedOptions &options)
{
    m_options = options;
    const QSignalBlocker block(m_threads);
    m_threads->setValue(options.threads);
    driver().restart();
}

void SharedPanel::showFrame()
{
    m_map->setScene(&scene());
    m_code->setScene(&scene());
    m_code->update();
}

void SharedPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    StagePanel::changeEvent(event);
}

void SharedPanel::retranslate()
{
    m_threadsLabel->setText(Tr::tr("&Threads:"));
    m_map->setProcessLabel(Tr::tr("Process %1 (this app)").arg(qint64(::getpid())));
    m_note->setText(Tr::tr("Run as processes (the processes lesson), the same code shares "
                           "nothing: each child process has its own copy of g_num."));
    m_map->setAccessibleName(Tr::tr("Memory map"));
    m_code->setAccessibleName(Tr::tr("Code"));
    m_threads->setAccessibleName(Tr::tr("Threads"));
    const int current = m_code->currentListing();
    m_code->setListings(listings());
    m_code->setCurrentListing(std::max(current, 0));
}

} // namespace shared
