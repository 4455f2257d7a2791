#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace stage {

/// A code listing shown beside a demo, with each step id mapped to its line.
///
/// Source text marks lines with `@step NAME` inside a trailing comment (`# @step read`,
/// `// @step read`); the marker and its comment are stripped from what is shown. When the text
/// holds `@listing-begin` / `@listing-end` lines, only the lines between them are kept, so the
/// C++ listing can be cut straight out of the demo's real source file.
///
/// Lines that only drive the stage (a worker's checkpoint calls `w.at(…)`, `w.wrote(…)`,
/// `w.set(…)`, `w.push(…)`, `w.pop(…)`, `w.finish(…)`, and any line marked `@stage`) are
/// folded away unless asked for: the class reads the code that runs, the curious can show the
/// checkpoints.
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
    /// The lines as shown, markers stripped; the stage's checkpoint lines only when
    /// @p withCheckpoints.
    const QStringList &lines(bool withCheckpoints = false) const
    {
        return withCheckpoints ? m_all : m_folded;
    }
    /// 0-based line of @p step, or -1 when the listing has no line for it.
    int lineOf(int step, bool withCheckpoints = false) const
    {
        return (withCheckpoints ? m_allLineOfStep : m_lineOfStep).value(step, -1);
    }
    /// Every line a step is on (the loop body a class must see), in no particular order.
    QList<int> stepLines(bool withCheckpoints = false) const
    {
        return (withCheckpoints ? m_allLineOfStep : m_lineOfStep).values();
    }
    /// True when some lines only drive the stage (and are folded away by default).
    bool hasCheckpoints() const { return m_all.size() != m_folded.size(); }
    /// True when 0-based line @p line of lines(true) only drives the stage.
    bool isCheckpoint(int line) const { return m_checkpoint.value(line, false); }

private:
    QString m_language;
    QStringList m_all;
    QStringList m_folded;
    QList<bool> m_checkpoint; ///< per line of m_all
    QHash<int, int> m_allLineOfStep;
    QHash<int, int> m_lineOfStep;
};

} // namespace stage
