#pragma once

#include <QString>
#include <QStringList>

namespace catalog {

/// The eight lessons of the course, in the order the notes teach them, with their translated
/// titles and the Markdown summaries drawn from the notes. Qt Core only: no widgets.
class LessonCatalog
{
public:
    /// Every lesson id, in course order ("multitasking" … "crawler").
    static QStringList ids();
    /// True if @p id is one of ids().
    static bool contains(const QString &id);
    /// Position of @p id in ids(), or -1.
    static int indexOf(const QString &id);
    /// Title of lesson @p id in the current language (empty for an unknown id).
    static QString title(const QString &id);
    /// Markdown summary of lesson @p id in @p language ("zh_CN" | "en"; empty = the current
    /// language, from QLocale()); falls back to English, empty for an unknown id.
    static QString summary(const QString &id, const QString &language = {});
    /// "zh_CN" if @p localeName is Chinese, else "en": the two languages the course has.
    static QString languageFor(const QString &localeName);
};

} // namespace catalog
