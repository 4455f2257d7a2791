#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QFontMetricsF;

namespace widgets {

/// The rows a code listing is drawn in: its lines wrapped to the width (where code reads on: a
/// space, a comma, a bracket), runs of lines folded into one "…" row when a loop body is taller
/// than the view, and the first row to show so the workers' lines and the loop body stay in view
/// together. Kept apart from CodeView, which measures and paints: this only decides rows.
class CodeRows
{
public:
    /// One drawn row: a listing line, or a wrapped piece of one.
    struct Row
    {
        int line = 0;
        QString text;
        bool first = true; ///< the line's first row (it carries the line number)
        bool fold = false; ///< a "…" row standing for lines folded away, from line on
    };

    /// No rows.
    CodeRows() = default;
    /// The rows @p rows, where @p rowOfLine holds each listing line's first row.
    CodeRows(QList<Row> rows, QList<int> rowOfLine)
        : m_rows(std::move(rows)), m_rowOfLine(std::move(rowOfLine))
    {}

    /// Replaces the rows with @p lines wrapped to @p room pixels as measured by @p fm; deep code
    /// that does not fit has its indentation halved first.
    void wrap(const QStringList &lines, const QFontMetricsF &fm, double room);
    /// When the rows are more than @p visible, folds runs of lines between the @p marked ones
    /// (a worker is on them) and @p stepLines into one row each, longest runs first, until they
    /// fit; when even that is too tall, only the marked lines are kept apart.
    void fold(int visible, const QList<bool> &marked, const QList<int> &stepLines);
    /// The first row to show in @p visible rows: the @p marked lines and, when they fit with
    /// them, the @p stepLines in view (the marked lines win); never inside a wrapped line.
    int firstInView(int visible, const QList<bool> &marked, const QList<int> &stepLines) const;

    /// Every row, in order.
    const QList<Row> &rows() const { return m_rows; }
    /// First row of each listing line (a folded line: its fold row).
    const QList<int> &rowOfLine() const { return m_rowOfLine; }

private:
    QList<Row> m_rows;
    QList<int> m_rowOfLine;
};

} // namespace widgets
