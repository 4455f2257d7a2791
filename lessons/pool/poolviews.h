#pragma once

#include "stage/scene.h"

#include <QList>
#include <QSplitter>
#include <vector>

class QTabWidget;

namespace widgets {
class LanesArea;
class CodeView;
class PageFocus;
class WorkerLanesView;
} // namespace widgets

namespace pool {

class SweepTab;
class TaskBoard;

/// The pool panel's views under its knobs: the tasks, the code and the sweep taking turns at the
/// full width over the workers' lanes, each turn taking the height it needs from the lanes.
class PoolViews : public QSplitter
{
    Q_OBJECT
public:
    /// The three turns (tasks first) over the lanes.
    explicit PoolViews(QWidget *parent = nullptr);

    /// The tasks' turn, the code's and the sweep's.
    enum Turn { TasksTurn, CodeTurn, SweepTurn };
    /// Gives the tab @p turn.
    void setTurn(Turn turn);
    /// The tab shown.
    Turn turn() const;
    /// The task list.
    TaskBoard *board() const { return m_board; }
    /// The listings with the workers' markers.
    widgets::CodeView *code() const { return m_code; }
    /// The sweep's button and chart.
    SweepTab *sweepTab() const { return m_sweepTab; }
    /// The workers' lanes.
    widgets::WorkerLanesView *lanes() const { return m_lanes; }
    /// Shows @p scene in every view; @p grantable are the lanes the scheduler may step, and
    /// @p poolSize the workers the pool will have (the lanes' floor counts them before they come).
    void showScene(const stage::Scene &scene, const std::vector<int> &grantable, int poolSize);
    /// The code's floor for its turn, after its listing, width or font changed.
    void fitCode();
    /// Retranslates the tabs' titles, the lanes' step labels and the accessible names.
    void retranslate();

signals:
    /// Another tab took its turn.
    void turnChanged(pool::PoolViews::Turn turn);

protected:
    /// Refits the turn after a zoom.
    void changeEvent(QEvent *event) override;

private:
    void takeTurn(int tab);
    void fitTurn();

    TaskBoard *m_board = nullptr;
    widgets::CodeView *m_code = nullptr;
    SweepTab *m_sweepTab = nullptr;
    widgets::WorkerLanesView *m_lanes = nullptr;
    widgets::LanesArea *m_lanesArea = nullptr;
    QTabWidget *m_tabs = nullptr;
    widgets::PageFocus *m_focus = nullptr; ///< the code's and the sweep's turns, zoomed in
    bool m_focused = false;                ///< the turn takes the window's whole view
    QList<int> m_tasksSizes;               ///< the split while the tasks were shown
    const stage::Scene *m_scene = nullptr;
    int m_poolSize = 1;
};

} // namespace pool
