#pragma once

#include "processes/memoryrow.h"
#include "processes/processesdemo.h"
#include "widgets/stagepanel.h"

#include <vector>

class QComboBox;
class QLabel;
class QSpinBox;
class QSplitter;
class QTabWidget;

namespace widgets {
class LanesArea;
class CodeView;
class FlowLayout;
class WorkerLanesView;
} // namespace widgets

namespace processes {

class ProcessBox;

/// The processes lesson: the parent (a lane of this app's process) starts N real child
/// processes — the course's worker executable, in worker mode — the notes' two ways, and joins
/// them. Each lane shows the child's real PID and its parent's; one box per process shows its own
/// copies of g and the local (the parent's never change); each child has a `kill -9 <pid>`
/// button that really sends SIGKILL, and a child killed from outside shows the same.
class ProcessesPanel : public widgets::StagePanel
{
    Q_OBJECT
public:
    /// The panel with three children, `Process(target=…)` style; not yet running.
    explicit ProcessesPanel(QWidget *parent = nullptr);

    /// The knobs in force.
    Options options() const { return m_options; }
    /// Sets the knobs (and starts the run over).
    void setOptions(const Options &options);
    /// The running demo, or nullptr after shutdown().
    ProcessesDemo *demo() const { return driver().engine<ProcessesDemo>(); }
    /// Sends SIGKILL to child @p i (0-based), as its button does; false if it is not running.
    bool killChild(int i);
    /// The lanes.
    widgets::WorkerLanesView *lanes() const { return m_lanes; }
    /// The address-space boxes: the parent's first, then one per child.
    const std::vector<ProcessBox *> &boxes() const { return m_memoryArea->boxes(); }
    /// The line telling the class how to see the children with ps.
    QLabel *psHint() const { return m_psHint; }

protected:
    /// Retranslates on a language switch.
    void changeEvent(QEvent *event) override;

private:
    void showFrame();
    void fitMemoryArea();
    void loadListings();
    void retranslate();
    void announceResult();

    Options m_options;
    QLabel *m_childrenLabel = nullptr;
    QSpinBox *m_children = nullptr;
    QComboBox *m_style = nullptr;
    widgets::WorkerLanesView *m_lanes = nullptr;
    widgets::LanesArea *m_lanesArea = nullptr;
    MemoryRow *m_memoryArea = nullptr; ///< the address spaces, one box per process
    QLabel *m_psHint = nullptr;
    widgets::CodeView *m_code = nullptr;
    QTabWidget *m_bottom = nullptr; ///< the address spaces and the code, taking turns
    QSplitter *m_split = nullptr;   ///< the lanes over m_bottom
    QList<int> m_memorySizes;       ///< the split as it was before the code's turn
};

} // namespace processes
