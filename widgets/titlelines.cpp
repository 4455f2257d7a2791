#include "titlelines.h"

#include <QStringList>
#include <QTextBoundaryFinder>
#include <QTextDocument>
#include <utility>

namespace widgets {

QString titleLines(const QString &text, const QFont &font, double room)
{
    // Measured as Qt Charts measures a title before it cuts it: a text document in the title's
    // font with its half-pixel margin (ChartPresenter::textMargin()), its width turned through
    // 90° against the plot's height; a pixel spare for that rotation's rounding.
    QTextDocument doc;
    doc.setDefaultFont(font);
    doc.setDocumentMargin(0.5);
    const auto fits = [&](const QString &line) {
        doc.setPlainText(line.trimmed());
        return doc.size().width() + 1 <= room;
    };
    if (fits(text))
        return text.toHtmlEscaped();
    // The places a line may break (Unicode's line breaking: after a space, between two Chinese
    // characters, never after an opening bracket).
    QStringList pieces;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Line, text);
    qsizetype from = 0;
    for (qsizetype to = finder.toNextBoundary(); to > 0; to = finder.toNextBoundary()) {
        pieces << text.mid(from, to - from);
        from = to;
    }
    QStringList lines;
    QString line;
    for (const QString &piece : std::as_const(pieces)) {
        // The unit on a line of its own, what qualifies it (in brackets) on the next ones.
        const bool opens = piece.startsWith(QLatin1Char('(')) || piece.startsWith(QChar(0xFF08));
        if (!line.trimmed().isEmpty() && (opens || !fits(line + piece)))
            lines << std::exchange(line, QString()).trimmed();
        line += piece;
    }
    if (!line.trimmed().isEmpty())
        lines << line.trimmed();
    for (QString &l : lines)
        l = l.toHtmlEscaped();
    return lines.join(QLatin1String("<br>"));
}

} // namespace widgets
