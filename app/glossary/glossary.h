#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace app {

/// The glossary module's one translation context ("Glossary").
struct GlossaryTr
{
    Q_DECLARE_TR_FUNCTIONS(Glossary)
};

/// One term of the course notes (often a pair such as 同步/异步), in the current language.
/// The Chinese and English spellings are kept as well, so English-speaking students can map
/// the words on the teacher's slides to the notes.
struct GlossaryEntry
{
    QString id;                ///< stable key, e.g. "parallel-concurrent"
    QString term;              ///< the term in the current language, e.g. "parallel"
    QString pairedTerm;        ///< its partner in the pair ("concurrent"), or empty
    QString definition;        ///< short definition drawn from the notes, current language
    QString chineseTerm;       ///< the notes' own word, always Chinese, e.g. "并行"
    QString chinesePairedTerm; ///< the partner in Chinese ("并发"), or empty
    QString englishTerm;       ///< always English, e.g. "parallel"
    QString englishPairedTerm; ///< the partner in English, or empty
};

/// Every glossary entry, in the order of the notes, translated at call time.
QList<GlossaryEntry> glossary();
/// The entry with @p id; an entry with an empty id when there is none.
GlossaryEntry glossaryEntry(const QString &id);
/// A heading for @p entry that always names the Chinese term, e.g. "parallel 并行 / concurrent
/// 并发".
QString glossaryHeading(const GlossaryEntry &entry);
/// Rich-text tooltip for the term @p id: both Chinese and English terms, then the definition.
/// Empty for an unknown id.
QString glossaryTooltip(const QString &id);
/// The link target annotateTerms() uses for @p id ("glossary:<id>").
QString glossaryLink(const QString &id);
/// The entry id a link made by annotateTerms() points to, or empty.
QString glossaryIdFromLink(const QString &link);
/// Wraps the first occurrence of each known term (Chinese, or in the current language) in the
/// text of @p html with `<a href="glossary:<id>" title="…">`, leaving tags, existing links and
/// `<code>`/`<pre>` untouched, so lesson text can explain its own vocabulary on hover.
QString annotateTerms(const QString &html);

} // namespace app
