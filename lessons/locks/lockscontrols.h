#pragma once

#include "locks/locksdemo.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QSpinBox;

namespace widgets {
class RunDriver;
}

namespace locks {

/// The knobs of the locks lesson: threads, increments, lock on/off, race window, then the kit's
/// scheduler controls for @p driver. Pure input: the panel decides what a change does to the run.
class LocksControls : public QWidget
{
    Q_OBJECT
public:
    /// Most workers the panel offers (the command line allows up to MaxThreads).
    static constexpr int PanelMaxThreads = 16;
    /// Most increments per worker the panel offers.
    static constexpr int PanelMaxIterations = 1'000'000;

    /// Controls showing the default options, and the scheduler controls of @p driver.
    explicit LocksControls(widgets::RunDriver *driver, QWidget *parent = nullptr);

    /// The options as set by the knobs.
    RaceOptions options() const;
    /// Shows @p options without emitting optionsChanged.
    void setOptions(const RaceOptions &options);
    /// The lock on/off box (the L key ticks it).
    QCheckBox *lockBox() const { return m_lock; }
    /// The race-window box (the Y key ticks it).
    QCheckBox *yieldBox() const { return m_window; }
    /// The number of threads (the number keys set it outside scheduler mode).
    QSpinBox *threadsBox() const { return m_threads; }

signals:
    /// A knob changed; the run must be set up again.
    void optionsChanged(const locks::RaceOptions &options);

protected:
    /// Retranslates on language change.
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void emitOptions();

    QLabel *m_threadsLabel;
    QSpinBox *m_threads;
    QLabel *m_iterationsLabel;
    QSpinBox *m_iterations;
    QCheckBox *m_lock;
    QCheckBox *m_window; ///< race window: yield between read and write
    bool m_silent = false;
};

} // namespace locks
