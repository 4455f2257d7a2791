#pragma once

#include "widgets/lessonpanel.h"
#include "widgets/rundriver.h"

namespace widgets {

class CodeView;
class LessonFrame;

/// The base of every lesson whose demo plays on the stage: the page frame (Explanation, Demo,
/// Code, Try this; slides and presenter notes) around the lesson's demo page, and the run
/// driver behind the transport bar, the scheduler and its keys. A lesson panel builds its demo
/// page, connects its views to driver(), and calls setDemo().
class StagePanel : public LessonPanel
{
    Q_OBJECT
public:
    /// The panel of lesson @p lessonId; empty until setDemo().
    explicit StagePanel(const QString &lessonId, QWidget *parent = nullptr);
    /// Joins every worker (the lesson's connections to the driver are cut first).
    ~StagePanel() override;

    QString lessonId() const override { return m_lessonId; }
    /// Plays; from a page without the demo (Explanation, Try this) the Demo slide is shown first.
    void play() override;
    void pause() override { m_driver.pause(); }
    /// One step; from a page without the demo the Demo slide is shown first.
    void step() override;
    void reset() override { m_driver.reset(); }
    void setSpeed(int speed) override { m_driver.setSpeed(speed); }
    bool isPlaying() const override { return m_driver.isPlaying(); }
    void shutdown() override { m_driver.shutdown(); }
    QStringList slides() const override;
    void showSlide(int index) override;
    int currentSlide() const override;
    QString presenterNotes(int index) const override;
    stage::StageInfo traceInfo() const override { return m_driver.scene().info(); }
    std::vector<stage::Event> traceEvents() const override { return m_driver.events(); }
    int recordedSteps() const override { return m_driver.recordedSteps(); }
    int shownStep() const override { return m_driver.shownStep(); }
    /// Shows an earlier step of the run (RunDriver::showStep); the Demo slide first.
    void showStep(int step) override;

    /// What plays the runs.
    RunDriver &driver() { return m_driver; }
    /// What plays the runs, for queries.
    const RunDriver &driver() const { return m_driver; }
    /// The page frame (nullptr before setDemo()).
    LessonFrame *frame() const { return m_frame; }
    /// The picture shown: as folded so far, or up to the earlier step being looked at.
    const stage::Scene &scene() const { return m_driver.scene(); }
    /// Drains the trace and refreshes the views now (the driver's timer does this ~60×/s).
    void refresh() { m_driver.refresh(); }

protected:
    /// What the number keys 1–9 do outside scheduler mode (in it they grant worker 1–9):
    /// @p run gets the number, @p text says what it does for that number.
    void setNumberKeys(std::function<QString(int)> text, std::function<void(int)> run);
    /// Puts @p page (holding the @p code view the Demo/Code slides switch) on the Demo tab and
    /// sets the first run up from @p factory. Once, at the end of the lesson's constructor.
    void setDemo(QWidget *page, CodeView *code, RunDriver::Factory factory);
    /// Number keys and Ctrl+Z go to the driver.
    void keyPressEvent(QKeyEvent *event) override;

private:
    void showDemoSlide();

    QString m_lessonId;
    std::function<QString(int)> m_numberText;
    std::function<void(int)> m_numberRun;
    RunDriver m_driver;
    LessonFrame *m_frame = nullptr;
};

} // namespace widgets
