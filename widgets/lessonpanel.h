#pragma once

#include "stage/event.h"
#include "stage/stageinfo.h"

#include <QKeySequence>
#include <QString>
#include <QStringList>
#include <QWidget>
#include <functional>
#include <vector>

class QAction;

namespace widgets {

/// What the shared transport bar and the presentation mode drive. One subclass per lesson; the
/// app knows lessons only through this interface.
class LessonPanel : public QWidget
{
    Q_OBJECT
public:
    /// Slider position meaning "no waiting at all" (FullSpeed pacing).
    static constexpr int FullSpeed = 100;

    using QWidget::QWidget;

    /// Lesson id, e.g. "locks".
    virtual QString lessonId() const = 0;
    /// Runs (or resumes) the demo at the current speed.
    virtual void play() = 0;
    /// Parks every worker at its next checkpoint: the threads really stop.
    virtual void pause() = 0;
    /// Lets exactly one step happen (the longest-waiting worker), pausing first if needed.
    virtual void step() = 0;
    /// Stops and joins everything, then sets the demo up again from the start.
    virtual void reset() = 0;
    /// Speed slider position, 0 (slowest) … FullSpeed.
    virtual void setSpeed(int speed) = 0;
    /// True while the demo is playing (not paused, not finished).
    virtual bool isPlaying() const = 0;
    /// Stops and joins every thread and reaps every child process; called before the panel is
    /// hidden for another lesson and before quitting. Must return promptly (< 100 ms).
    virtual void shutdown() = 0;

    /// Presentation "slides" of this lesson (explanation → demo → code → try-this), as titles.
    virtual QStringList slides() const { return {}; }
    /// Shows slide @p index (presentation mode moves through them with PgDn/PgUp).
    virtual void showSlide(int index) { Q_UNUSED(index) }
    /// The slide shown now.
    virtual int currentSlide() const { return 0; }
    /// Presenter notes for slide @p index, in the current language.
    virtual QString presenterNotes(int index) const
    {
        Q_UNUSED(index)
        return {};
    }

    /// The run's description, for trace export.
    virtual stage::StageInfo traceInfo() const { return {}; }
    /// Every event of the current run so far, for trace export.
    virtual std::vector<stage::Event> traceEvents() const { return {}; }

    /// Steps of the current run recorded so far, for the transport's scrubber (0: nothing to
    /// look back on; lessons without a recorded run keep the default).
    virtual int recordedSteps() const { return 0; }
    /// The step the views show: recordedSteps() while they show the live run.
    virtual int shownStep() const { return 0; }
    /// Shows the run as it was after step @p step; recordedSteps() is the live run again.
    virtual void showStep(int step) { Q_UNUSED(step) }

    /// Beat of Run pacing for slider position @p speed (0 → 2 s per step, 99 → ~1 ms).
    static int beatMicroseconds(int speed);

    /// The plain keys of the lesson's own controls (L lock, Y yield, 1–9 …), their texts in the
    /// language in force. They work wherever the focus is while the panel is shown; the window
    /// lists them in its Demo menu.
    QList<QAction *> keyActions() const;

protected:
    /// Retranslates the key actions' texts on a language switch.
    void changeEvent(QEvent *event) override;
    /// Declares a key of the lesson: @p key pressed anywhere in the window while this panel is
    /// shown runs @p run. @p text says what it does (asked again after a language switch).
    QAction *addKeyAction(const QKeySequence &key, std::function<QString()> text,
                          std::function<void()> run);

signals:
    /// Emitted when isPlaying() changes.
    void playingChanged(bool playing);
    /// A one-line status for the status bar (already translated).
    void statusChanged(const QString &text);
    /// recordedSteps() or shownStep() changed.
    void recordingChanged();
    /// currentSlide() is now @p index (by showSlide() or by the teacher's click on a tab).
    void slideChanged(int index);

private:
    struct KeyAction
    {
        QAction *action;
        std::function<QString()> text;
    };
    std::vector<KeyAction> m_keyActions;
};

} // namespace widgets
