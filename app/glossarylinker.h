#pragma once

#include <QObject>
#include <QPointer>

class QTextBrowser;
class QTextDocument;

namespace app {

/// Turns the glossary's terms in lesson text into hover explanations, for every lesson at once:
/// it watches the QTextBrowsers of a panel and, whenever their text is set (first show,
/// language switch), marks the first occurrence of each term as a `glossary:<id>` anchor
/// carrying glossaryTooltip() as its tooltip. Clicking a term asks for the glossary page.
///
/// The document is edited in place (character formats only) rather than round-tripped through
/// HTML, so a panel's fonts, zoom and layout stay exactly as the panel set them.
class GlossaryLinker : public QObject
{
    Q_OBJECT
public:
    /// A linker watching nothing yet.
    explicit GlossaryLinker(QObject *parent = nullptr);

    /// Watches every QTextBrowser inside @p root (a lesson panel); safe to call again.
    void attachAll(QWidget *root);
    /// Watches @p browser: annotates it now and whenever its text changes.
    void attach(QTextBrowser *browser);
    /// Marks the terms of @p document; returns how many anchors were added. Does nothing (0)
    /// on a document that already has glossary anchors.
    static int annotate(QTextDocument *document);
    /// The glossary id of the term at @p pos in @p browser's viewport, or empty.
    static QString termAt(const QTextBrowser *browser, const QPoint &pos);

signals:
    /// The term @p id was clicked: the app shows it on the glossary page.
    void termActivated(const QString &id);

protected:
    /// Shows the term's tooltip over a browser's viewport (QTextBrowser has none of its own).
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void annotateBrowser(QTextBrowser *browser);

    bool m_busy = false; ///< our own edits emit textChanged too
};

} // namespace app
