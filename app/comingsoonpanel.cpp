#include "comingsoonpanel.h"

#include "tr.h"

#include <QEvent>
#include <QLabel>
#include <QLayout>
#include <QScrollBar>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>
#include <cmath>

namespace app {

ComingSoonPanel::ComingSoonPanel(const widgets::Lesson &lesson, QWidget *parent)
    : widgets::LessonPanel(parent), m_lesson(lesson), m_title(new QLabel(this)),
      m_coming(new QLabel(this)), m_summary(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("ComingSoonPanel_") + lesson.id);
    applyFonts();
    m_title->setWordWrap(true);

    m_coming->setWordWrap(true);
    m_coming->setFrameShape(QFrame::StyledPanel);
    m_coming->setMargin(8);
    m_coming->setAutoFillBackground(true);
    m_coming->setBackgroundRole(QPalette::AlternateBase);

    // Read-only text: no focus, so Space/S/R stay the window's shortcuts.
    m_summary->setFocusPolicy(Qt::NoFocus);
    m_summary->setOpenLinks(false);
    m_summary->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_coming);
    layout->addWidget(m_summary, 1);
    retranslate();
}

QSize ComingSoonPanel::minimumSizeHint() const
{
    QSize size = widgets::LessonPanel::minimumSizeHint();
    // Laid out as narrow as it goes, the document is still as wide as its longest code line.
    QTextDocument *doc = m_summary->document()->clone();
    doc->setTextWidth(1);
    const int code = int(std::ceil(doc->size().width()));
    delete doc;
    const int frame =
        2 * m_summary->frameWidth() + m_summary->verticalScrollBar()->sizeHint().width();
    const QMargins m = layout()->contentsMargins();
    size.setWidth(std::max(size.width(), code + frame + m.left() + m.right()));
    return size;
}

void ComingSoonPanel::applyFonts()
{
    // Relative to the panel's font, so a zoom or theme change (a FontChange here) scales them.
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    QFont comingFont = font();
    comingFont.setBold(true);
    m_coming->setFont(comingFont);
}

void ComingSoonPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        applyFonts();
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    widgets::LessonPanel::changeEvent(event);
}

void ComingSoonPanel::showEvent(QShowEvent *event)
{
    widgets::LessonPanel::showEvent(event);
    emit statusChanged(Tr::tr("%1: the live demo of this lesson is coming; its summary is shown.")
                           .arg(m_lesson.translatedTitle()));
}

void ComingSoonPanel::retranslate()
{
    m_title->setText(m_lesson.translatedTitle());
    m_coming->setText(Tr::tr("Coming: the live demo of this lesson is not built yet. "
                             "Below is what the course notes say."));
    // The title label already shows the summary's own "# Title" line, larger.
    QString summary = m_lesson.summary();
    if (summary.startsWith(QLatin1String("# ")))
        summary = summary.section(QLatin1Char('\n'), 1);
    m_summary->setMarkdown(summary);
    updateGeometry(); // the widest code line changed with the language
}

} // namespace app
