#include "locksdemopage.h"

#include "locks/lockscontrols.h"
#include "widgets/codeview.h"
#include "widgets/lockview.h"
#include "widgets/sharedview.h"
#include "widgets/statsview.h"
#include "widgets/steplogview.h"
#include "widgets/timelineview.h"
#include "widgets/workerlanesview.h"

#include <QHBoxLayout>
#include <QSplitter>
#include <QVBoxLayout>

namespace locks {

LocksDemoPage::LocksDemoPage(widgets::RunDriver *driver, QWidget *parent)
    : QWidget(parent), m_controls(new LocksControls(driver, this)),
      m_lanes(new widgets::WorkerLanesView(this)), m_stats(new widgets::StatsView(this)),
      m_lockView(new widgets::LockView(this)), m_shared(new widgets::SharedView(this)),
      m_code(new widgets::CodeView(this)), m_timeline(new widgets::TimelineView(this)),
      m_log(new widgets::StepLogView(this))
{
    // Memory sits under the threads rather than across the page: on a 768-pixel projector the
    // code column then has the height for the whole loop, read, add and write included.
    auto *memory = new QHBoxLayout;
    memory->setContentsMargins(0, 0, 0, 0);
    memory->addWidget(m_shared, 2);
    memory->addWidget(m_lockView, 3);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_stats, 2);
    leftLayout->addWidget(m_lanes, 5);
    leftLayout->addLayout(memory, 2);

    // Threads and the code they are on sit side by side: the markers are the point.
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(m_code);
    // Near halves: the code needs its width for the longest line at the minimum type size.
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({1080, 920});
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_controls);
    layout->addWidget(split, 7);
    // The log beside the timeline: the same run, in words and in time.
    auto *story = new QHBoxLayout;
    story->setContentsMargins(0, 0, 0, 0);
    story->addWidget(m_timeline, 1); // the rest after the log's narrow share: its legend
    story->addWidget(m_log, 0);
    layout->addLayout(story, 2);
}

void LocksDemoPage::showScene(const stage::Scene *scene)
{
    m_lanes->setScene(scene);
    m_lockView->setScene(scene);
    m_shared->setScene(scene);
    m_code->setScene(scene);
    m_timeline->setScene(scene);
    // setScene() with the same pointer is not a change; the picture behind it is.
    for (QWidget *v :
         std::initializer_list<QWidget *>{m_lanes, m_lockView, m_shared, m_code, m_timeline, m_log})
        v->update();
}

} // namespace locks
