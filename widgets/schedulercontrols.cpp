#include "schedulercontrols.h"

#include "widgets/rundriver.h"
#include "widgets/tr.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>
#include <QSignalBlocker>
#include <algorithm>

namespace widgets {

SchedulerControls::SchedulerControls(RunDriver *driver, QWidget *parent)
    : QWidget(parent), m_driver(driver), m_toggle(new QCheckBox(this)),
      m_undo(new QPushButton(this))
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_toggle);
    row->addWidget(m_undo);
    connect(m_toggle, &QCheckBox::toggled, m_driver, &RunDriver::setSchedulerMode);
    connect(m_undo, &QPushButton::clicked, m_driver, &RunDriver::undo);
    connect(m_driver, &RunDriver::schedulerModeChanged, this, &SchedulerControls::follow);
    connect(m_driver, &RunDriver::frame, this, &SchedulerControls::follow);
    connect(m_driver, &RunDriver::recordingChanged, this, &SchedulerControls::follow);
    follow();
    retranslate();
}

void SchedulerControls::follow()
{
    const QSignalBlocker block(m_toggle);
    m_toggle->setChecked(m_driver->schedulerMode());
    m_undo->setVisible(m_driver->schedulerMode()); // only the scheduler can undo
    m_undo->setEnabled(m_driver->canUndo());
    // Looking at an earlier step, Undo takes back every step after it: replay from here. Both
    // texts' room is kept (minimum width), so the row does not reflow as the teacher scrubs.
    const bool back = !m_driver->isLive();
    if (m_lookingBack != back || m_undo->text().isEmpty()) {
        m_lookingBack = back;
        retranslateUndo();
    }
}

void SchedulerControls::retranslateUndo()
{
    const QString undo = Tr::tr("&Undo step");
    const QString replay = Tr::tr("Replay from here");
    int width = 0;
    for (const QString &text : {undo, replay}) {
        m_undo->setText(text);
        width = std::max(width, m_undo->sizeHint().width());
    }
    m_undo->setMinimumWidth(width);
    m_undo->setText(m_lookingBack ? replay : undo);
    m_undo->setToolTip(m_lookingBack
                           ? Tr::tr("Runs fresh threads under the grants up to the step shown, "
                                    "so you schedule on from there (Ctrl+Z)")
                           : Tr::tr("Re-runs the real threads with every step but the last "
                                    "(Ctrl+Z)"));
    m_undo->setAccessibleName(m_lookingBack ? Tr::tr("Replay from the step shown")
                                            : Tr::tr("Undo the last step"));
}

void SchedulerControls::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SchedulerControls::retranslate()
{
    m_toggle->setText(Tr::tr("You are the &scheduler"));
    m_toggle->setToolTip(Tr::tr("Every thread waits for you: click a thread (or press its "
                                "number) to let it take one step"));
    m_toggle->setAccessibleName(Tr::tr("Scheduler mode"));
    retranslateUndo();
}

} // namespace widgets
