#pragma once

#include <QIcon>
#include <QWidget>

class QLabel;
class QPushButton;
class QSlider;

namespace app {

/// The teacher's remote, shared by every lesson: Play/Pause, Step, Reset, the scrubber over the
/// recorded run ("step N of M": the views show the run as it was after step N) and the speed
/// slider from slow motion (0) to full speed (LessonPanel::FullSpeed). It only emits requests;
/// the main window forwards them to the lesson panel in front.
class TransportBar : public QWidget
{
    Q_OBJECT
public:
    /// A bar showing "Play", at the default speed, enabled.
    explicit TransportBar(QWidget *parent = nullptr);

    /// Slider position, 0 … LessonPanel::FullSpeed.
    int speed() const;
    /// True while the Play/Pause button shows "Pause".
    bool isPlaying() const { return m_playing; }

    /// The Play/Pause button (for tests and keyboard focus order).
    QPushButton *playButton() const { return m_play; }
    /// The Step button.
    QPushButton *stepButton() const { return m_step; }
    /// The Reset button.
    QPushButton *resetButton() const { return m_reset; }
    /// The speed slider.
    QSlider *speedSlider() const { return m_speed; }
    /// The scrubber over the recorded run.
    QSlider *scrubSlider() const { return m_scrub; }
    /// "Step N of M" under the scrubber.
    QLabel *scrubLabel() const { return m_scrubLabel; }

public slots:
    /// Shows "Pause" while @p playing, "Play" otherwise (does not emit).
    void setPlaying(bool playing);
    /// Moves the slider to @p speed (emits speedChanged if it moved).
    void setSpeed(int speed);
    /// Enables or disables every control (a lesson without a demo has nothing to drive).
    void setControlsEnabled(bool enabled);
    /// Shows step @p shown of @p steps recorded (@p shown == @p steps: the live run); does not
    /// emit.
    void setRecording(int shown, int steps);

signals:
    /// The Play/Pause button was pressed: play if paused, pause if playing.
    void playPauseRequested();
    /// The Step button was pressed.
    void stepRequested();
    /// The Reset button was pressed.
    void resetRequested();
    /// The slider moved to @p speed.
    void speedChanged(int speed);
    /// The scrubber was moved to step @p step.
    void stepShownRequested(int step);

protected:
    void changeEvent(QEvent *event) override;
    /// Picks "step N of M" or "N/M" for the room the label has.
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslate();
    void retranslateScrub();

    QPushButton *m_play = nullptr;
    QPushButton *m_step = nullptr;
    QPushButton *m_reset = nullptr;
    QSlider *m_speed = nullptr;
    QLabel *m_slowLabel = nullptr;
    QLabel *m_fastLabel = nullptr;
    QSlider *m_scrub = nullptr;
    QLabel *m_scrubLabel = nullptr;
    QIcon m_playIcon;
    QIcon m_pauseIcon;
    bool m_playing = false;
};

} // namespace app
