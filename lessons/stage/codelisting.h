#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace stage {

/// A code listing shown beside a demo, with each step id mapped to its line.
///
/// Source text marks lines with `@step NAME` inside a trailing comment (`# @step read`,
/// `// @step read`); the marker and its comment are stripped from what is shown. When the text
/// holds `@listing-begin` / `@listing-end` lines, only the lines between them are kept, so the
/// C++ listing can be cut straight out of the demo's real source file.
class CodeListing
{
public:
    /// An empty listing.
    CodeListing() = default;
    /// Parses @p source; @p stepNames gives step ids (index = id) to resolve the markers.
    CodeListing(const QString &language, const QString &source, const QStringList &stepNames);
    /// Loads @p path (e.g. a Qt resource) and parses it; an unreadable file gives an empty listing.
    static CodeListing fromFile(const QString &language, const QString &path,
                                const QStringList &stepNames);

    /// Language tag, e.g. "Python" or "C++".
    QString language() const { return m_language; }
    /// The lines as shown, markers stripped.
    const QStringList &lines() const { return m_lines; }
    /// 0-based line of @p step, or -1 when the listing has no line for it.
    int lineOf(int step) const { return m_lineOfStep.value(step, -1); }
    /// Every line a step is on (the loop body a class must see), in no particular order.
    QList<int> stepLines() const { return m_lineOfStep.values(); }

private:
    QString m_language;
    QStringList m_lines;
    QHash<int, int> m_lineOfStep;
};

} // namespace stage
