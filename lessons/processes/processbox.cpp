#include "processbox.h"

#include "widgets/textpainter.h"
#include "widgets/theme.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace processes {

ProcessBox::ProcessBox(bool child, QWidget *parent)
    : QFrame(parent), m_title(new QLabel(this)), m_parent(new QLabel(this)),
      m_memory(new QLabel(this)), m_state(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setFrameShadow(QFrame::Plain);
    // Only the weight and the family are set: the size follows the theme and the zoom.
    QFont bold;
    bold.setBold(true);
    m_title->setFont(bold);
    // The values are the program's variables: in the code font, as in the listing.
    QFont mono;
    mono.setFamily(widgets::TextPainter::mono(10).family());
    mono.setStyleHint(QFont::Monospace);
    m_memory->setFont(mono);
    m_memory->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_parent->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_parent);
    layout->addWidget(m_memory);
    layout->addWidget(m_state);
    if (child) {
        m_kill = new QPushButton(this);
        m_kill->setFont(mono); // a shell command
        layout->addWidget(m_kill, 0, Qt::AlignLeft);
        connect(m_kill, &QPushButton::clicked, this, &ProcessBox::killRequested);
    }
    layout->addStretch(1);
    fitWidths();
}

void ProcessBox::fitWidths()
{
    // As wide as its widest possible line (a 7-digit PID, Linux's largest), so the box does not
    // grow or squeeze its button as the PIDs arrive.
    const QString pid = QStringLiteral("4194304");
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics title(bold);
    m_title->setMinimumWidth(title.horizontalAdvance(QStringLiteral("P16 · PID ") + pid));
    if (m_kill) {
        const QFontMetrics mono(m_kill->font());
        const int text = mono.horizontalAdvance(QStringLiteral("kill -9 ") + pid);
        m_kill->setMinimumWidth(text + m_kill->sizeHint().width() -
                                mono.horizontalAdvance(m_kill->text()));
    }
}

void ProcessBox::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        fitWidths();
}

void ProcessBox::setContent(const Content &content)
{
    m_title->setText(content.title);
    m_parent->setText(content.parent);
    m_memory->setText(content.memory);
    m_state->setText(content.state);
    const widgets::Theme &theme = widgets::Theme::current();
    QPalette pal = m_memory->palette();
    pal.setColor(QPalette::WindowText, content.highlight ? theme.accent : theme.text);
    m_memory->setPalette(pal);
    if (m_kill) {
        m_kill->setText(content.kill);
        m_kill->setAccessibleName(content.killName);
        m_kill->setToolTip(content.killName);
        m_kill->setEnabled(content.canKill);
    }
}

} // namespace processes
