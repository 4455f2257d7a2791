#include "coderows.h"

#include <QFontMetricsF>
#include <algorithm>

namespace widgets {

void CodeRows::wrap(const QStringList &lines, const QFontMetricsF &fm, double room)
{
    // Long lines wrap (at a space where there is one) rather than end in "…": every character
    // of the code that runs stays readable. Continuation rows are indented past the line's own.
    m_rows.clear();
    m_rowOfLine.clear();
    // Deep code in a narrow pane: half the indentation first (structure kept), then wrap.
    bool halve = false;
    for (const QString &line : lines)
        halve = halve || fm.horizontalAdvance(line) > room;
    for (int i = 0; i < lines.size(); ++i) {
        m_rowOfLine.append(int(m_rows.size()));
        QString line = lines[i];
        if (halve) {
            int lead = 0;
            while (lead < line.size() && line[lead] == QLatin1Char(' '))
                ++lead;
            line = QString(lead / 2, QLatin1Char(' ')) + line.mid(lead);
        }
        if (fm.horizontalAdvance(line) <= room) {
            m_rows.append({i, line, true});
            continue;
        }
        int indent = 0;
        while (indent < line.size() && line[indent] == QLatin1Char(' '))
            ++indent;
        const QString contIndent(std::min<int>(indent + (halve ? 2 : 4), 12), QLatin1Char(' '));
        QString rest = line;
        bool first = true;
        while (!rest.isEmpty()) {
            const QString lead = first ? QString() : contIndent;
            if (fm.horizontalAdvance(lead + rest) <= room) {
                m_rows.append({i, lead + rest, first});
                break;
            }
            int fit = 1; // characters of rest that fit after lead (at least one)
            while (fit < rest.size() && fm.horizontalAdvance(lead + rest.left(fit + 1)) <= room)
                ++fit;
            // Break where code reads on: after a space, a comma or a bracket, before a '.',
            // after '::'; inside a name only when the row has no such place.
            int cut = fit;
            for (int j = fit; j > (first ? indent : 0) + 2; --j) {
                const QChar before = rest[j - 1], at = j < rest.size() ? rest[j] : QChar();
                if (before == QLatin1Char(' ') || before == QLatin1Char(',') ||
                    before == QLatin1Char('(') || at == QLatin1Char('.') ||
                    (before == QLatin1Char(':') && rest[j - 2] == QLatin1Char(':'))) {
                    cut = j;
                    break;
                }
            }
            m_rows.append({i,
                           lead + rest.left(cut).trimmed().prepend(
                                      first ? QString(indent, QLatin1Char(' ')) : QString()),
                           first});
            rest = rest.mid(cut).trimmed();
            first = false;
        }
    }
    if (lines.isEmpty())
        m_rowOfLine.append(0);
}

void CodeRows::fold(int visible, const QList<bool> &marked, const QList<int> &stepLines)
{
    // A loop body taller than the view (a projector's 768 px): the lines between the kept ones
    // fold into one "…" row per run, so every marker and the loop's step lines stay in view
    // together instead of scrolling apart. Short listings and tall views fold nothing.
    const int lineCount = int(marked.size());
    if (m_rows.size() <= visible || lineCount <= 0)
        return;
    QList<int> rowsOf(lineCount, 0);
    for (const Row &r : m_rows)
        if (r.line >= 0 && r.line < lineCount)
            ++rowsOf[r.line];
    struct Gap
    {
        int from = 0, to = 0, rows = 0;
    };
    QList<Gap> folded;
    for (const bool withSteps : {true, false}) {
        QList<bool> keep = marked;
        if (withSteps)
            for (int s : stepLines)
                if (s >= 0 && s < lineCount)
                    keep[s] = true;
        const int lo = int(keep.indexOf(true)), hi = int(keep.lastIndexOf(true));
        if (lo < 0)
            return;
        int span = 0;
        for (int i = lo; i <= hi; ++i)
            span += rowsOf[i];
        if (span <= visible)
            return; // they fit: scrolling alone shows them
        QList<Gap> gaps;
        for (int i = lo + 1; i < hi;) {
            if (keep[i]) {
                ++i;
                continue;
            }
            Gap g{i, i, 0};
            while (g.to < hi && !keep[g.to])
                g.rows += rowsOf[g.to++];
            gaps.append(g);
            i = g.to;
        }
        std::stable_sort(gaps.begin(), gaps.end(),
                         [](const Gap &a, const Gap &b) { return a.rows > b.rows; });
        folded.clear();
        for (const Gap &g : gaps) {
            if (span <= visible || g.rows < 2) // a one-row fold saves nothing
                break;
            folded.append(g);
            span -= g.rows - 1;
        }
        if (span <= visible)
            break;
    }
    if (folded.isEmpty())
        return;
    QList<Row> rows;
    QList<int> rowOfLine(lineCount, 0);
    for (int line = 0; line < lineCount;) {
        const auto g = std::find_if(folded.begin(), folded.end(),
                                    [line](const Gap &f) { return f.from == line; });
        if (g != folded.end()) {
            for (int i = g->from; i < g->to; ++i)
                rowOfLine[i] = int(rows.size());
            rows.append({g->from, QString(), true, true});
            line = g->to;
            continue;
        }
        rowOfLine[line] = int(rows.size());
        for (int r = m_rowOfLine.value(line, int(m_rows.size()));
             r < m_rows.size() && m_rows[r].line == line; ++r)
            rows.append(m_rows[r]);
        ++line;
    }
    m_rows = rows;
    m_rowOfLine = rowOfLine;
}

int CodeRows::firstInView(int visible, const QList<bool> &marked, const QList<int> &stepLines) const
{
    const int rows = std::max<int>(1, int(m_rows.size()));
    int first = 0;
    // Scroll long listings so the loop body (every line a step is on) and every marker stay in
    // view; when they cannot all, the markers win.
    const auto firstRow = [&](int line) {
        return line >= 0 && line < m_rowOfLine.size() ? m_rowOfLine[line] : 0;
    };
    const auto lastRow = [&](int line) {
        return line + 1 < m_rowOfLine.size() ? m_rowOfLine[line + 1] - 1 : rows - 1;
    };
    int lo = rows, hi = -1, bodyLo = rows, bodyHi = -1;
    for (int line = 0; line < int(marked.size()); ++line) {
        if (marked[line]) {
            lo = std::min(lo, firstRow(line));
            hi = std::max(hi, lastRow(line));
        }
    }
    for (int line : stepLines) {
        bodyLo = std::min(bodyLo, firstRow(line));
        bodyHi = std::max(bodyHi, lastRow(line));
    }
    if (bodyHi >= 0 && (hi < 0 || std::max(hi, bodyHi) - std::min(lo, bodyLo) < visible)) {
        lo = std::min(lo, bodyLo);
        hi = std::max(hi, bodyHi);
    }
    if (rows > visible && hi >= 0) {
        const int span = hi - lo + 1;
        const int start = span <= visible ? lo - (visible - span) / 2 : lo;
        first = std::clamp(start, 0, rows - visible);
        // Start at a line's first row, not inside a wrapped line.
        if (first < m_rows.size() && !m_rows[first].first) {
            const int back = m_rowOfLine[m_rows[first].line];
            int fwd = first;
            while (fwd < m_rows.size() && !m_rows[fwd].first)
                ++fwd;
            first = hi < back + visible || fwd > rows - visible ? back : fwd;
        }
    }
    return first;
}

} // namespace widgets
