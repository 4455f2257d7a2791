#pragma once

// Qt Charts cuts an axis title longer than its side of the plot to "..." without a word: the
// title as drawn (its text item in the chart's scene) must read what the axis was given.

#include <QAbstractAxis>
#include <QChart>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QStringList>
#include <QTextDocumentFragment>

namespace charttitles {

/// Plain text with its line breaks as "\n", however the document spelt them.
inline QString plain(QString text)
{
    for (QChar sep : {QChar(QChar::LineSeparator), QChar(QChar::ParagraphSeparator)})
        text.replace(sep, QLatin1Char('\n'));
    return text;
}

/// The axis titles of @p chart not drawn whole ("given → drawn"); empty: every one whole.
inline QStringList cut(const QChart *chart)
{
    QStringList drawn;
    for (QGraphicsItem *item : chart->scene()->items())
        if (auto *t = qgraphicsitem_cast<QGraphicsTextItem *>(item); t && t->isVisible())
            drawn << plain(t->toPlainText());
    QStringList bad;
    for (const QAbstractAxis *axis : chart->axes()) {
        if (!axis->isVisible() || !axis->isTitleVisible() || axis->titleText().isEmpty())
            continue;
        const QString given =
            plain(QTextDocumentFragment::fromHtml(axis->titleText()).toPlainText());
        if (drawn.contains(given))
            continue;
        QString shown = QStringLiteral("(none)");
        for (const QString &d : std::as_const(drawn))
            if (d.endsWith(QLatin1String("...")) || d.endsWith(QChar(0x2026)))
                shown = d;
        bad << QStringLiteral("axis title '%1' drawn as '%2' (plot %3x%4)")
                   .arg(given, shown)
                   .arg(chart->plotArea().width())
                   .arg(chart->plotArea().height());
    }
    return bad;
}

} // namespace charttitles
