#pragma once

#include "skeleton/skeletondemo.h"
#include "widgets/stagepanel.h"

class QLabel;
class QSpinBox;

namespace widgets {
class CodeView;
class WorkerLanesView;
} // namespace widgets

namespace skeleton {

/// The skeleton lesson's panel: what a new lesson starts from. The kit plays the runs, frames
/// the pages and makes the teacher the scheduler; the panel builds its demo page (a knob, the
/// threads, the code) and draws the Scene.
class SkeletonPanel : public widgets::StagePanel
{
    Q_OBJECT
public:
    /// The panel with default options, not yet running.
    explicit SkeletonPanel(QWidget *parent = nullptr);

    /// The knobs in force.
    CountOptions options() const { return m_options; }
    /// Sets the knobs (and starts the run over).
    void setOptions(const CountOptions &options);

protected:
    /// Retranslates on a language switch.
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    CountOptions m_options;
    QLabel *m_workersLabel = nullptr;
    QSpinBox *m_workers = nullptr;
    widgets::WorkerLanesView *m_lanes = nullptr;
    widgets::CodeView *m_code = nullptr;
};

} // namespace skeleton
