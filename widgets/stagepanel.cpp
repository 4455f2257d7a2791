#include "stagepanel.h"

#include "widgets/codeview.h"
#include "widgets/lessonframe.h"
#include "widgets/tr.h"

#include <QKeyEvent>
#include <QVBoxLayout>

namespace widgets {

StagePanel::StagePanel(const QString &lessonId, QWidget *parent)
    : LessonPanel(parent), m_lessonId(lessonId)
{
    setFocusPolicy(Qt::StrongFocus); // for the number keys of the scheduler
    connect(&m_driver, &RunDriver::playingChanged, this, &LessonPanel::playingChanged);
    connect(&m_driver, &RunDriver::statusChanged, this, &LessonPanel::statusChanged);
    connect(&m_driver, &RunDriver::recordingChanged, this, &LessonPanel::recordingChanged);
    // Number keys: the scheduler's grants, else what the lesson makes of them; Ctrl+Z undoes.
    for (int n = 1; n <= 9; ++n)
        addKeyAction(
            QKeySequence(Qt::Key_0 + n),
            [this, n] {
                if (m_driver.schedulerMode() || !m_numberText)
                    return Tr::tr("Let thread %1 take one step (scheduler)").arg(n);
                return m_numberText(n);
            },
            [this, n] {
                if (m_driver.schedulerMode())
                    m_driver.grant(n - 1);
                else if (m_numberRun)
                    m_numberRun(n);
            });
    addKeyAction(
        QKeySequence::Undo, [] { return Tr::tr("Undo the last step (scheduler)"); },
        [this] { m_driver.undo(); });
    // Back and forth over the recorded run (the transport's scrubber), like a video's frames.
    addKeyAction(
        QKeySequence(Qt::CTRL | Qt::Key_Left),
        [] { return Tr::tr("Look one step back in the recorded run"); },
        [this] { showStep(m_driver.shownStep() - 1); })
        ->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Left), QKeySequence(Qt::Key_Comma)});
    addKeyAction(
        QKeySequence(Qt::CTRL | Qt::Key_Right),
        [] { return Tr::tr("Look one step forward in the recorded run"); },
        [this] { showStep(m_driver.shownStep() + 1); })
        ->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Right), QKeySequence(Qt::Key_Period)});
}

void StagePanel::showStep(int step)
{
    showDemoSlide();
    m_driver.showStep(step);
}

void StagePanel::setNumberKeys(std::function<QString(int)> text, std::function<void(int)> run)
{
    m_numberText = std::move(text);
    m_numberRun = std::move(run);
}

void StagePanel::showDemoSlide()
{
    // Play or Step on the Explanation would run the demo out of the class's sight.
    if (m_frame && (currentSlide() == LessonFrame::ExplanationSlide ||
                    currentSlide() == LessonFrame::TryThisSlide))
        m_frame->showSlide(LessonFrame::DemoSlide);
}

void StagePanel::play()
{
    showDemoSlide();
    m_driver.play();
}

void StagePanel::step()
{
    showDemoSlide();
    m_driver.step();
}

StagePanel::~StagePanel()
{
    // The lesson part of this object is gone: none of its slots may run while the workers join.
    disconnect(&m_driver, nullptr, nullptr, nullptr);
    m_driver.shutdown();
}

void StagePanel::setDemo(QWidget *page, CodeView *code, RunDriver::Factory factory)
{
    m_frame = new LessonFrame(m_lessonId, page, code, this);
    connect(m_frame, &LessonFrame::slideChanged, this, &LessonPanel::slideChanged);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_frame);
    m_driver.setFactory(std::move(factory));
    m_driver.rebuild();
    // The Code slide's "Checkpoint calls" switch is drawn in the view, not a widget of its own:
    // without this key it took a mouse. From another slide the key opens the Code slide with
    // the calls shown, which is what the teacher asks for there.
    addKeyAction(
        QKeySequence(Qt::Key_C),
        [] { return Tr::tr("Show or hide the stage's checkpoint calls (Code slide)"); },
        [this, code] {
            if (currentSlide() != LessonFrame::CodeSlide) {
                m_frame->showSlide(LessonFrame::CodeSlide);
                code->setCheckpointsShown(true);
            } else {
                code->setCheckpointsShown(!code->checkpointsShown());
            }
        });
}

QStringList StagePanel::slides() const
{
    return m_frame->slides();
}

void StagePanel::showSlide(int index)
{
    m_frame->showSlide(index);
}

int StagePanel::currentSlide() const
{
    return m_frame->currentSlide();
}

QString StagePanel::presenterNotes(int index) const
{
    return m_frame->presenterNotes(index);
}

void StagePanel::keyPressEvent(QKeyEvent *event)
{
    if (!m_driver.handleKey(event))
        LessonPanel::keyPressEvent(event);
}

} // namespace widgets
