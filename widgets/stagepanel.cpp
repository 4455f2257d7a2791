#include "stagepanel.h"

#include "widgets/lessonframe.h"

#include <QKeyEvent>
#include <QVBoxLayout>

namespace widgets {

StagePanel::StagePanel(const QString &lessonId, QWidget *parent)
    : LessonPanel(parent), m_lessonId(lessonId)
{
    setFocusPolicy(Qt::StrongFocus); // for the number keys of the scheduler
    connect(&m_driver, &RunDriver::playingChanged, this, &LessonPanel::playingChanged);
    connect(&m_driver, &RunDriver::statusChanged, this, &LessonPanel::statusChanged);
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
