#pragma once

#include <QLocale>
#include <QString>

namespace widgets {

/// A lesson's words as the kit reads them: the one decision of which of the course's two
/// languages applies, and the Markdown files a lesson embeds as
/// `:/lessons/<id>/content/<name>.<lang>.md` (cc_add_lesson() puts them there).
class Content
{
public:
    /// "zh_CN" for any Chinese locale, else "en": the two languages the course has. Every
    /// language decision (content files, the system's default language) goes through here.
    static QString languageOf(const QLocale &locale);
    /// languageOf() the default locale, which LanguageManager sets on every switch.
    static QString language() { return languageOf(QLocale()); }

    /// The text of resource @p path (UTF-8), empty when it does not exist.
    static QString read(const QString &path);
    /// The page @p name (e.g. "explanation", "summary") of lesson @p lessonId in @p language
    /// (empty = language()); the English page when that language has none; empty when neither.
    static QString page(const QString &lessonId, const QString &name, const QString &language = {});
    /// The presenter notes of lesson @p lessonId for slide @p index: the body of the index-th
    /// "## " section of its `notes` page, as plain text; empty past the last section.
    static QString notes(const QString &lessonId, int index, const QString &language = {});
};

} // namespace widgets
