#include "processbox.h"

#include "widgets/textpainter.h"
#include "widgets/theme.h"

#include <QEvent>
#include <QFile>
#include <QFontMetricsF>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <cmath>

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
    m_layout = layout;
    layout->addWidget(m_title);
    layout->addWidget(m_parent);
    layout->addWidget(m_memory);
    m_state->setWordWrap(true);
    m_state->setAlignment(Qt::AlignLeft | Qt::AlignTop);
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

// pid_max less one: 32768 gives "32767", Linux's largest 4194304 gives "4194303".
QString ProcessBox::widestPid()
{
    static const QString pid = [] {
        QFile f(QStringLiteral("/proc/sys/kernel/pid_max"));
        bool ok = false;
        const qint64 max = f.open(QIODevice::ReadOnly) ? f.readAll().trimmed().toLongLong(&ok) : 0;
        return QString::number(ok && max > 1 ? max - 1 : 4194303);
    }();
    return pid;
}

void ProcessBox::fitWidths()
{
    // As wide as its widest possible line (the largest PID this system can give), so the box
    // does not grow or squeeze its button as the PIDs arrive.
    const QString pid = widestPid();
    fitTitle();
    const QFontMetrics fm(font());
    // A long state ("ended, exit code 0") wraps to a second line, kept for it in every box so
    // the row does not jump, rather than widen the box past a projector's width.
    m_state->setMinimumHeight(int(std::ceil(2 * QFontMetricsF(font()).lineSpacing())));
    // Tight margins, measured from the font: a row of boxes must fit a projector's width.
    const int margin = std::max(2, fm.averageCharWidth() / 4);
    if (!m_layout)
        return;
    m_layout->setContentsMargins(margin, margin / 2, margin, margin / 2);
    m_layout->setSpacing(0);
    if (m_kill) {
        // The command and half a character's room either side (the button's own hint is the
        // style's minimum width, wider than the command needs).
        const QFontMetrics mono(m_kill->font());
        m_kill->setMinimumWidth(mono.horizontalAdvance(QStringLiteral("kill -9 ") + pid) +
                                mono.averageCharWidth());
    }
}

void ProcessBox::fitTitle()
{
    // The title as wide as it will be with the system's largest PID in it, in any language: it
    // does not grow as the PID arrives, and is no wider than that (four boxes share a
    // projector's width).
    const QFontMetrics fm(m_title->font());
    m_title->setMinimumWidth(
        std::max(fm.horizontalAdvance(m_title->text()), fm.horizontalAdvance(m_widestTitle)));
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
    m_widestTitle = content.widestTitle;
    fitTitle();
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
