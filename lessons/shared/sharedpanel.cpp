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
#include <QTabBar>
#include <QTabWidget>
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

    // No lanes: on a 768-pixel projector the stacks need the height. The code view marks each
    // thread's line, and a click on a thread's header grants it a step.
    auto *split = m_split = new QSplitter(Qt::Horizontal, page);
    split->addWidget(m_map);
    split->addWidget(m_code);
    // The stacks need the width more than the listing (its long lines may elide): at 1024
    // pixels the map's caption and a column per thread must fit at the smallest text size.
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 1);
    split->setSizes({660, 330});
    split->setChildrenCollapsible(false);
    // Where both do not fit side by side (four threads at 1024 pixels), neither fits under the
    // other either (the stacks and the loop body at the smallest text are taller than the
    // page): the map and the listing take turns on two tabs, each whole in view. The listing
    // keeps every thread's marker line in sight, its tab says the markers are there, and the
    // Code slide brings it to the front.
    m_tabs = new QTabWidget(page);
    m_tabs->setDocumentMode(true);
    // Each tab a plain page holding the view: QTabWidget asks its pages for their size hints
    // directly, the page's layout asks the view through its size policy (see setTabbed()).
    for (QWidget **tab : {&m_mapTab, &m_codeTab}) {
        *tab = new QWidget(m_tabs);
        (new QVBoxLayout(*tab))->setContentsMargins(0, 0, 0, 0);
        m_tabs->addTab(*tab, QString());
    }
    m_tabs->hide();

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(controls);
    layout->addWidget(split, 1);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_note);

    connect(m_code, &widgets::CodeView::currentListingChanged, this, [this](int listing) {
        if (m_tabs->isVisible() && listing == 1) // the Code slide: the C++ that runs
            m_tabs->setCurrentWidget(m_codeTab);
    });
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
    page->installEventFilter(this);
    retranslate();
    setDemo(page, m_code,
            [this] { return widgets::RunDriver::wrap(std::make_unique<SharedDemo>(m_options)); });
}

void SharedPanel::resizeEvent(QResizeEvent *event)
{
    StagePanel::resizeEvent(event);
    fit();
}

bool SharedPanel::eventFilter(QObject *watched, QEvent *event)
{
    // The page is laid out (on the frame's Demo tab) after the panel is: its width is what
    // fit() reads.
    if (watched == m_page && event->type() == QEvent::Resize)
        fit();
    return StagePanel::eventFilter(watched, event);
}

void SharedPanel::fit()
{
    // A column per thread at the smallest text needs the width: at 1024 pixels with four
    // threads the map and the listing do not fit side by side, so they go on tabs rather than
    // the page scrolling sideways. Measured against the scroll area's viewport: side by side
    // the panel is never narrower than its minimum, however narrow the window.
    const QScrollArea *area = nullptr;
    for (QWidget *w = parentWidget(); w && !area; w = w->parentWidget())
        area = qobject_cast<QScrollArea *>(w);
    const int room = (area ? area->viewport()->width() : width()) - (width() - m_page->width());
    const int roomHeight =
        (area ? area->viewport()->height() : height()) - (height() - m_page->height());
    const QMargins m = m_page->layout()->contentsMargins();
    const int sideBySide = m_map->minimumSizeHint().width() + m_code->minimumSizeHint().width() +
                           m_split->handleWidth() + m.left() + m.right();
    setTabbed(room < sideBySide);
    if (tabbed()) {
        // On a tab the listing is as tall as the stacks need: shorter than its whole loop body,
        // it folds the lines between its markers and keeps every marker in view. The stacks get
        // their least height where that keeps the page in view; where even that scrolls (zoomed
        // in), their full height (at their least, frames put a local on the function's line
        // and a long one is cut).
        const int least = m_map->minimumSizeHint().height();
        const int others = m_page->minimumSizeHint().height() - m_tabs->minimumSizeHint().height() +
                           m_tabs->tabBar()->sizeHint().height();
        const int h = others + least <= roomHeight ? least : m_map->sizeHint().height();
        if (m_map->minimumHeight() != h) {
            m_map->setMinimumHeight(h);
            m_code->setMinimumHeight(h);
        }
    }
}

void SharedPanel::setTabbed(bool tabbed)
{
    if (tabbed == this->tabbed())
        return;
    // On the tabs the map and the listing take the height the page has (their minimum set in
    // fit()): their size hints (the whole listing at the base size) would otherwise push the
    // page past a projector's height, the page's wrapped note making the window's scroll area
    // size it by its preferred height.
    const QSizePolicy::Policy vertical = tabbed ? QSizePolicy::Ignored : QSizePolicy::Preferred;
    for (QWidget *w : {static_cast<QWidget *>(m_map), static_cast<QWidget *>(m_code)}) {
        QSizePolicy policy = w->sizePolicy(); // keeps the splitter's stretch factors
        policy.setVerticalPolicy(vertical);
        w->setSizePolicy(policy);
        w->setMinimumHeight(0); // side by side: their own minimum size hints
    }
    if (tabbed) {
        m_mapTab->layout()->addWidget(m_map);
        static_cast<QBoxLayout *>(m_codeTab->layout())->addWidget(m_code, 1);
        // The note is about the same code run as processes: under the listing, so the stacks
        // get its height (shorter, they put a frame's first local on its function's line).
        m_codeTab->layout()->addWidget(m_note);
        m_tabs->setCurrentWidget(m_mapTab);
    } else {
        m_split->addWidget(m_map);
        m_split->addWidget(m_code);
        m_split->setSizes({660, 330});
        static_cast<QBoxLayout *>(m_page->layout())->addWidget(m_note);
        m_map->show();
        m_code->show();
    }
    m_split->setVisible(!tabbed);
    m_tabs->setVisible(tabbed);
}

void SharedPanel::retranslateTabs()
{
    m_tabs->setTabText(0, Tr::tr("&Memory map"));
    m_tabs->setTabText(1, Tr::tr("&Code, a marker per thread"));
}

void SharedPanel::showTab(int index)
{
    m_tabs->setCurrentIndex(index);
}

bool SharedPanel::tabbed() const
{
    return !m_tabs->isHidden();
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
    retranslateTabs();
    const int current = m_code->currentListing();
    m_code->setListings(listings());
    m_code->setCurrentListing(std::max(current, 0));
}

} // namespace shared
