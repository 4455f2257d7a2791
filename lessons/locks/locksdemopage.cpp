#include "locksdemopage.h"

#include "locks/lockscontrols.h"
#include "locks/runsview.h"
#include "locks/tr.h"
#include "widgets/codeview.h"
#include "widgets/lockview.h"
#include "widgets/sharedview.h"
#include "widgets/statsview.h"
#include "widgets/steplogview.h"
#include "widgets/textpainter.h"
#include "widgets/theme.h"
#include "widgets/timelineview.h"
#include "widgets/workerlanesview.h"

#include "widgets/lanesarea.h"
#include <QEvent>
#include <QFontMetricsF>
#include <QHBoxLayout>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>
#include <cmath>

namespace locks {

LocksDemoPage::LocksDemoPage(widgets::RunDriver *driver, QWidget *parent)
    : QWidget(parent), m_controls(new LocksControls(driver, this)),
      m_stats(new widgets::StatsView(this)), m_lockView(new widgets::LockView(this)),
      m_shared(new widgets::SharedView(this)), m_code(new widgets::CodeView(this)),
      m_timeline(new widgets::TimelineView(this)), m_log(new widgets::StepLogView(this)),
      m_runs(new RunsView(this)), m_story(new QTabWidget(this))
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
    // Sixteen lanes are taller than a 768-pixel page under its controls: the lanes scroll
    // (the code beside them still marks every thread's line), so n, the lock and the timeline
    // stay in view.
    m_lanesArea = new widgets::LanesArea(left);
    m_lanes = m_lanesArea->lanes();
    leftLayout->addWidget(m_lanesArea, 5);
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
    // Under a document-mode tab bar the page needs no air of its own above and below: on a
    // 768-pixel projector those pixels go to the timeline.
    const QMargins m = layout->contentsMargins();
    layout->setContentsMargins(m.left(), m.top() / 3, m.right(), m.bottom() / 3);
    layout->addWidget(m_controls);
    layout->addWidget(split, 6);
    // The log beside the timeline: the same run, in words and in time. The runs table shares
    // the log's place (a 1024-pixel row has no room for three): the log tells one run, the
    // table compares runs.
    m_story->addTab(m_log, QString());
    m_story->addTab(m_runs, QString());
    m_story->setDocumentMode(true);
    auto *story = new QHBoxLayout;
    story->setContentsMargins(0, 0, 0, 0);
    story->addWidget(m_timeline, 1);
    story->addWidget(m_story, 0);
    layout->addLayout(story, 2);
    retranslate();
}

void LocksDemoPage::showRuns()
{
    m_story->setCurrentWidget(m_runs);
}

void LocksDemoPage::showLog()
{
    m_story->setCurrentWidget(m_log);
}

void LocksDemoPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LocksDemoPage::retranslate()
{
    m_story->setTabText(m_story->indexOf(m_log), Tr::tr("Step log"));
    m_story->setTabText(m_story->indexOf(m_runs), Tr::tr("Runs"));
    m_lanesArea->setAccessibleName(Tr::tr("Threads, one lane each"));
    // The timeline's legend splits its width in three equal items: it is never narrower than
    // three of its widest item (swatch, gap, glyph and label, as measured), or a label is cut.
    const widgets::Theme &theme = widgets::Theme::current();
    const QFontMetricsF fm(widgets::TextPainter::font(theme.minimumPointSize()), m_timeline);
    const double row = widgets::TextPainter::rowHeight(m_timeline, {widgets::TextPainter::font(1)},
                                                       theme.minimumPointSize()) *
                       1.1;
    double widest = 0;
    for (stage::WorkerState s :
         {stage::WorkerState::Running, stage::WorkerState::Ready, stage::WorkerState::Blocked})
        widest = std::max(widest, fm.horizontalAdvance(widgets::stateGlyph(s) + QLatin1Char(' ') +
                                                       widgets::stateLabel(s)));
    const double pad = theme.minimumPointSize() * widgets::pxPerPt(m_timeline) * 0.4;
    m_timeline->setMinimumWidth(int(std::ceil(3 * (widest + row * 1.7 + 4) + 2 * pad)) + 1);
}

void LocksDemoPage::showScene(const stage::Scene *scene)
{
    m_lanes->setScene(scene);
    // Scrolling, the lanes' area needs no more than a lane and a bit (the next lane shows there
    // is more), not the scroll bar's own minimum: the pixels go to n, the lock and the timeline.
    // Zoomed in, the page scrolls anyway, and the code beside the lanes needs their height for
    // its wrapped loop body: there every lane keeps its room. A lane grows a line when its
    // locals wrap, so this follows the lanes' own hint (setMinimumHeight ignores no-change).
    const int n = scene ? int(scene->workers().size()) : 0;
    const int all = m_lanes->minimumSizeHint().height();
    const double lane = double(all) / std::max(1, n);
    m_lanesArea->setMinimumHeight(widgets::Theme::current().zoom > 1.0 ? all
                                  : n > 2                              ? int(std::ceil(lane * 1.25))
                                                                       : 0);
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
