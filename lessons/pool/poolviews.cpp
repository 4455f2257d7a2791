#include "poolviews.h"

#include "pool/sweeptab.h"
#include "pool/taskboard.h"
#include "pool/tr.h"
#include "widgets/codeview.h"
#include "widgets/pagefocus.h"
#include "widgets/textpainter.h"
#include "widgets/theme.h"
#include "widgets/workerlanesview.h"

#include "widgets/lanesarea.h"
#include <QEvent>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <cmath>

namespace pool {

namespace {

/// Code rows the pool's markers can need: five marked lines and the four folds between them.
constexpr int MarkerRows = 9;

} // namespace

PoolViews::PoolViews(QWidget *parent) : QSplitter(Qt::Vertical, parent)
{
    m_board = new TaskBoard(this);
    m_code = new widgets::CodeView(this);
    m_sweepTab = new SweepTab(this);
    m_lanesArea = new widgets::LanesArea(this);
    m_lanes = m_lanesArea->lanes();

    // The tasks, the code and the sweep take turns at the page's full width: beside the tasks
    // a 1024 px projector left the code five cut lines. The workers' lanes across the page
    // under them: a lane needs the width for its file and bytes.
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_board, QString());
    m_tabs->addTab(m_code, QString());
    m_tabs->addTab(m_sweepTab, QString());
    // Every title whole: with scroll arrows the page's minimum left out the last one, and a
    // window one navigator title wider pushed it under the arrows.
    m_tabs->tabBar()->setUsesScrollButtons(false);
    m_tabs->tabBar()->setElideMode(Qt::ElideNone);
    // The sweep's button beside the tabs on its turn: a row of its own was the plot's.
    m_tabs->setCornerWidget(m_sweepTab->button(), Qt::TopRightCorner);
    m_sweepTab->button()->hide();
    addWidget(m_tabs);
    addWidget(m_lanesArea);
    setStretchFactor(0, 3);
    setStretchFactor(1, 2);
    setSizes({3000, 2000}); // the lanes keep their share on a tall screen
    setChildrenCollapsible(false);
    connect(m_tabs, &QTabWidget::currentChanged, this, &PoolViews::takeTurn);
    m_focus = new widgets::PageFocus(m_tabs, this);
    connect(m_focus, &widgets::PageFocus::roomChanged, this, &PoolViews::fitTurn);
    // Another listing or the checkpoints shown wrap other lines.
    connect(m_code, &widgets::CodeView::currentListingChanged, this, &PoolViews::fitCode);
    connect(m_code, &widgets::CodeView::checkpointsShownChanged, this, &PoolViews::fitCode);
}

void PoolViews::setTurn(Turn turn)
{
    m_tabs->setCurrentIndex(int(turn));
}

PoolViews::Turn PoolViews::turn() const
{
    return Turn(m_tabs->currentIndex());
}

void PoolViews::takeTurn(int tab)
{
    fitTurn();
    if (m_scene)
        showScene(*m_scene, m_lanes->grantable(), m_poolSize); // the lanes' floor follows the tab
    if (tab != TasksTurn && m_tasksSizes.isEmpty()) {
        m_tasksSizes = sizes();
        const int total = m_tasksSizes.value(0) + m_tasksSizes.value(1);
        setSizes({total, m_lanesArea->minimumHeight()});
    } else if (tab == TasksTurn && !m_tasksSizes.isEmpty()) {
        setSizes(m_tasksSizes);
        m_tasksSizes.clear();
    }
    emit turnChanged(Turn(tab));
}

void PoolViews::fitTurn()
{
    const int tab = m_tabs->currentIndex();
    // Zoomed past the window's height (200 % on a 1024x768 projector), the code's and the
    // sweep's turns take the page's whole view and the page scrolls to them: the knobs scroll
    // away above and the lanes step aside. There the code's tab was below the fold, the
    // workers' markers out of sight, and the plot 114 px tall. At 100 % the page fits the
    // window and nothing moves.
    const int room = widgets::PageFocus::zoomed() && tab != TasksTurn ? m_focus->room() : 0;
    m_focused = room > 0;
    // As tall as the view, and no taller: a page taller for another reason (a stack of
    // lessons is as tall as its tallest) would push the tab's bottom under the fold.
    m_tabs->setMinimumHeight(room); // 0: its pages' floor
    m_tabs->setMaximumHeight(m_focused ? room : QWIDGETSIZE_MAX);
    // The code's turn takes the height from the lanes (they scroll): the loop body needs every
    // row it can get on a projector. The sweep's chart times pools of its own, not the copy the
    // lanes show: they step aside for it (a 1024 px projector left the plot 65 px tall).
    m_lanesArea->setVisible(tab != SweepTurn && !m_focused);
    m_sweepTab->button()->setVisible(tab == SweepTurn);
    fitCode();
    m_focus->setActive(m_focused);
}

void PoolViews::showScene(const stage::Scene &scene, const std::vector<int> &grantable,
                          int poolSize)
{
    m_scene = &scene;
    m_poolSize = poolSize;
    m_lanes->setGrantable(grantable);
    m_lanes->setScene(&scene);
    // The lanes of the parent and up to three workers without scrolling, from the view's own
    // hint per lane (workers appear as the parent starts them, between two frames).
    const int rows = std::max<int>(1, int(scene.workers().size()));
    const int perLane = (m_lanes->minimumSizeHint().height() + rows - 1) / rows;
    // Two while the code or the sweep has its turn: they want the height.
    const int lanes = turn() == TasksTurn ? 4 : 2;
    m_lanesArea->setMinimumHeight(perLane * std::min(1 + poolSize, lanes) +
                                  2 * m_lanesArea->frameWidth());
    m_board->setScene(&scene);
    m_code->setScene(&scene);
    for (QWidget *v : std::initializer_list<QWidget *>{m_lanes, m_board, m_code})
        v->update();
}

void PoolViews::fitCode()
{
    // The code takes turns with the tasks and the sweep: its own minimum (every step's line,
    // twenty of them) would push the workers' lanes below a projector's fold. Shorter, it
    // keeps the running lines in view: CodeView folds the lines between its markers, and the
    // markers sit on at most five lines (the parent's, a worker's take, read/write, verify,
    // done), nine rows with the four "…" between them, under its tabs (its own measure: a row
    // of the bold font / 0.7, and a quarter row of padding). A step's line wrapped to the
    // width (zh_CN's wider navigator leaves less) takes its extra rows too. Zoomed in, the tab
    // takes the window's view instead (fitTurn()).
    const double row = widgets::TextPainter::rowHeight(
        m_code, {widgets::TextPainter::mono(1), widgets::TextPainter::font(1, true)},
        widgets::Theme::current().minimumPointSize());
    // Only on its turn (1, not 0: 0 would leave its own hint, all the steps, in force): a tab
    // widget is as tall as its tallest page's floor, and the sweep's page wants the height.
    // Focused, the tab is as tall as the window's view and the code takes what it leaves.
    const bool shown = turn() == CodeTurn && !m_focused;
    int rows = MarkerRows;
    if (const int i = m_code->currentListing(); shown && i >= 0)
        for (int line : m_code->listings()[i].stepLines(m_code->checkpointsShown()))
            rows += std::max(0, m_code->rowsOfLine(line) - 1);
    m_code->setMinimumHeight(shown ? int(std::ceil(row / 0.7 + row * (rows + 0.5))) + 1 : 1);
}

void PoolViews::changeEvent(QEvent *event)
{
    QSplitter::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        fitTurn(); // a zoom: the turn may now need the whole view, or no longer
}

void PoolViews::retranslate()
{
    m_sweepTab->retranslate();
    m_lanes->setStepLabels({Tr::tr("start"), Tr::tr("pool.join()"), Tr::tr("requeue"),
                            Tr::tr("all done"), Tr::tr("take"), Tr::tr("read/write"),
                            Tr::tr("verify"), Tr::tr("done")});
    m_lanes->setAccessibleName(Tr::tr("Workers"));
    m_lanesArea->setAccessibleName(Tr::tr("Workers"));
    m_board->setAccessibleName(Tr::tr("Tasks"));
    m_code->setAccessibleName(Tr::tr("Code"));
    fitCode();
    m_tabs->setTabText(TasksTurn, Tr::tr("Tasks"));
    m_tabs->setTabText(CodeTurn, Tr::tr("Code"));
    m_tabs->setTabText(SweepTurn, Tr::tr("Is more better?"));
}

} // namespace pool
