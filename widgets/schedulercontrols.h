#pragma once

#include <QWidget>

class QCheckBox;
class QPushButton;

namespace widgets {

class RunDriver;

/// "You are the scheduler" and its Undo button, for any stage-backed lesson: bound to a
/// RunDriver, they switch its scheduler mode, take the last grant back, and follow the driver
/// (Play ends scheduler mode; Undo is offered only while there is a grant to undo).
class SchedulerControls : public QWidget
{
    Q_OBJECT
public:
    /// The controls of @p driver.
    explicit SchedulerControls(RunDriver *driver, QWidget *parent = nullptr);

    /// The scheduler toggle.
    QCheckBox *toggle() const { return m_toggle; }
    /// The Undo button (shown only in scheduler mode).
    QPushButton *undoButton() const { return m_undo; }

protected:
    /// Retranslates on a language switch.
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void follow();
    void retranslateUndo();

    RunDriver *m_driver;
    QCheckBox *m_toggle;
    QPushButton *m_undo;
    bool m_lookingBack = false; ///< the Undo button reads "Replay from here"
};

} // namespace widgets
