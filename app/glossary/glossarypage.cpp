#include "glossarypage.h"

#include "glossary.h"
#include "widgets/theme.h"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTextBrowser>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>

namespace app {

namespace {

bool matches(const GlossaryEntry &e, const QString &filter)
{
    if (filter.isEmpty())
        return true;
    for (const QString &s : {e.term, e.pairedTerm, e.chineseTerm, e.chinesePairedTerm,
                             e.englishTerm, e.englishPairedTerm, e.definition})
        if (s.contains(filter, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace

GlossaryPage::GlossaryPage(QWidget *parent) : QWidget(parent)
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("glossaryTitle"));
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("glossaryHint"));
    m_hint->setWordWrap(true);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("glossaryFilter"));
    m_filter->setClearButtonEnabled(true);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("glossaryBrowser"));
    m_browser->setOpenLinks(false);
    m_browser->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addWidget(m_filter);
    layout->addWidget(m_browser, 1);

    connect(m_filter, &QLineEdit::textChanged, this, [this] { rebuild(); });
    connect(m_browser, &QTextBrowser::highlighted, this, [this](const QUrl &url) {
        const QString id = glossaryIdFromLink(url.toString());
        if (!id.isEmpty())
            QToolTip::showText(QCursor::pos(), glossaryTooltip(id), m_browser);
    });

    applyTheme();
    retranslate();
}

void GlossaryPage::setFilter(const QString &text)
{
    m_filter->setText(text); // textChanged rebuilds
}

void GlossaryPage::showEntry(const QString &id)
{
    m_filter->clear();
    // After the dock has laid the page out; a browser without its size cannot scroll yet.
    QTimer::singleShot(0, m_browser, [this, id] { m_browser->scrollToAnchor(id); });
}

void GlossaryPage::applyTheme()
{
    const widgets::Theme &theme = widgets::Theme::current();
    QFont body = font();
    body.setPointSizeF(theme.basePointSize());
    setFont(body);
    QFont title = body;
    title.setPointSizeF(theme.basePointSize() * 1.5);
    title.setBold(true);
    m_title->setFont(title);
    rebuild();
}

bool GlossaryPage::event(QEvent *event)
{
    // The page sets its own font from the theme, so it does not inherit the new application
    // font by itself.
    if (event->type() == QEvent::ApplicationFontChange ||
        event->type() == QEvent::ApplicationPaletteChange)
        applyTheme();
    return QWidget::event(event);
}

void GlossaryPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void GlossaryPage::retranslate()
{
    m_title->setText(GlossaryTr::tr("Glossary"));
    m_hint->setText(GlossaryTr::tr("The words of the course notes, each with its partner. In a "
                                   "lesson, point at an underlined term to see its meaning."));
    m_filter->setPlaceholderText(GlossaryTr::tr("Find a term…"));
    m_filter->setAccessibleName(GlossaryTr::tr("Find a term"));
    m_browser->setAccessibleName(GlossaryTr::tr("Glossary terms"));
    rebuild();
}

void GlossaryPage::rebuild()
{
    const widgets::Theme &theme = widgets::Theme::current();
    const QString filter = m_filter->text().trimmed();
    QString html;
    m_visible = 0;
    for (const GlossaryEntry &e : glossary()) {
        if (!matches(e, filter))
            continue;
        ++m_visible;
        // In Chinese the heading is the notes' words only; the English follows in a muted line
        // so a bilingual class still sees both.
        QString english = e.englishTerm;
        if (!e.englishPairedTerm.isEmpty())
            english += QStringLiteral(" / ") + e.englishPairedTerm;
        const bool headingHasEnglish = e.term != e.chineseTerm;
        html += QStringLiteral("<a name=\"%1\"></a><p style=\"margin-top:0.8em; margin-bottom:0;"
                               " font-size:%2pt;\"><b>%3</b></p>")
                    .arg(e.id)
                    .arg(theme.basePointSize() * 1.2)
                    .arg(glossaryHeading(e).toHtmlEscaped());
        if (!headingHasEnglish)
            html += QStringLiteral("<p style=\"margin:0; color:%1;\">%2</p>")
                        .arg(theme.mutedText.name(), english.toHtmlEscaped());
        html += QStringLiteral("<p style=\"margin-top:0.2em;\">%1</p>")
                    .arg(e.definition.toHtmlEscaped());
    }
    if (m_visible == 0)
        html = QStringLiteral("<p style=\"color:%1;\">%2</p>")
                   .arg(theme.mutedText.name(),
                        GlossaryTr::tr("No term matches “%1”.").arg(filter).toHtmlEscaped());
    m_browser->document()->setDefaultFont(font());
    m_browser->setHtml(html);
}

} // namespace app
