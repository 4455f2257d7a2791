#include "glossarylinker.h"

#include "glossary/glossary.h"

#include <QAbstractTextDocumentLayout>
#include <QHelpEvent>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>
#include <QToolTip>

namespace app {

namespace {

/// Marks a browser as watched, so attachAll() can be called on every lesson change.
constexpr char AttachedProperty[] = "cc_glossaryLinked";

struct Fragment
{
    int position;
    bool skip; ///< code or an existing link: its words are not glossary terms
};

bool hasGlossaryAnchor(const QTextDocument *document)
{
    for (QTextBlock b = document->begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it)
            if (!glossaryIdFromLink(it.fragment().charFormat().anchorHref()).isEmpty())
                return true;
    return false;
}

} // namespace

GlossaryLinker::GlossaryLinker(QObject *parent) : QObject(parent) {}

void GlossaryLinker::attachAll(QWidget *root)
{
    if (!root)
        return;
    for (QTextBrowser *b : root->findChildren<QTextBrowser *>())
        attach(b);
}

void GlossaryLinker::attach(QTextBrowser *browser)
{
    if (!browser || browser->property(AttachedProperty).toBool())
        return;
    browser->setProperty(AttachedProperty, true);
    // Terms are links to the glossary page, never pages the browser itself could open.
    browser->setOpenLinks(false);
    browser->viewport()->installEventFilter(this);
    connect(browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        const QString id = glossaryIdFromLink(url.toString());
        if (!id.isEmpty())
            emit termActivated(id);
    });
    // The panel sets its text (again on a language switch) and textChanged fires while the
    // document is still being filled; annotating right after, not inside, keeps the edit safe.
    connect(browser, &QTextBrowser::textChanged, this, [this, browser] {
        if (!m_busy)
            QTimer::singleShot(0, browser, [this, browser] { annotateBrowser(browser); });
    });
    annotateBrowser(browser);
}

void GlossaryLinker::annotateBrowser(QTextBrowser *browser)
{
    m_busy = true;
    annotate(browser->document());
    m_busy = false;
}

int GlossaryLinker::annotate(QTextDocument *document)
{
    if (!document || document->isEmpty() || hasGlossaryAnchor(document))
        return 0;

    // annotateTerms() works on HTML; give it the document's text with one <f N> tag before
    // each fragment, so every anchor it adds maps back to a document position. '<' and '>' in
    // the text become a private-use character of the same length, so positions stay 1:1.
    QList<Fragment> fragments;
    QString marked;
    for (QTextBlock b = document->begin(); b.isValid(); b = b.next()) {
        const bool codeBlock = b.blockFormat().hasProperty(QTextFormat::BlockCodeFence) ||
                               b.blockFormat().nonBreakableLines();
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            const QTextCharFormat cf = f.charFormat();
            const bool skip = codeBlock || cf.isAnchor() || cf.fontFixedPitch();
            QString text = f.text();
            text.replace(QLatin1Char('<'), QChar(0xE000)).replace(QLatin1Char('>'), QChar(0xE000));
            marked += QStringLiteral("<f %1>").arg(fragments.size());
            marked += skip ? QStringLiteral("<code>") + text + QStringLiteral("</code>") : text;
            fragments.append({f.position(), skip});
        }
    }

    struct Range
    {
        int start;
        int end;
        QString id;
    };
    QList<Range> ranges;
    const QString out = annotateTerms(marked);
    const QString anchorStart = QStringLiteral("<a href=\"") + glossaryLink(QString());
    int pos = 0;
    int start = -1;
    QString id;
    for (qsizetype i = 0; i < out.size();) {
        if (out[i] != QLatin1Char('<')) {
            ++pos;
            ++i;
            continue;
        }
        const qsizetype end = out.indexOf(QLatin1Char('>'), i);
        const QString tag = out.mid(i, end - i + 1);
        i = end + 1;
        if (tag.startsWith(QLatin1String("<f "))) {
            pos = fragments.value(tag.mid(3, tag.size() - 4).toInt()).position;
        } else if (tag.startsWith(anchorStart)) {
            const qsizetype from = anchorStart.size();
            id = tag.mid(from, tag.indexOf(QLatin1Char('"'), from) - from);
            start = pos;
        } else if (tag == QLatin1String("</a>") && start >= 0) {
            ranges.append({start, pos, id});
            start = -1;
        }
    }

    QTextCursor cursor(document);
    cursor.beginEditBlock();
    for (const Range &r : std::as_const(ranges)) {
        cursor.setPosition(r.start);
        cursor.setPosition(r.end, QTextCursor::KeepAnchor);
        // A dotted underline in the text's own colour: the term reads as before (contrast
        // unchanged in every theme) and still shows it can be pointed at.
        QTextCharFormat format;
        format.setAnchor(true);
        format.setAnchorHref(glossaryLink(r.id));
        format.setFontUnderline(true);
        format.setUnderlineStyle(QTextCharFormat::DotLine);
        cursor.mergeCharFormat(format);
    }
    cursor.endEditBlock();
    return int(ranges.size());
}

QString GlossaryLinker::termAt(const QTextBrowser *browser, const QPoint &pos)
{
    return browser ? glossaryIdFromLink(browser->anchorAt(pos)) : QString();
}

bool GlossaryLinker::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *browser = qobject_cast<QTextBrowser *>(watched->parent());
        const auto *help = static_cast<QHelpEvent *>(event);
        // Built when shown, not stored in the document: it is always in the current language.
        const QString id = termAt(browser, help->pos());
        if (!id.isEmpty()) {
            QToolTip::showText(help->globalPos(), glossaryTooltip(id), browser->viewport());
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace app
