#include "content.h"

#include <QFile>
#include <QStringList>

namespace widgets {

QString Content::languageOf(const QLocale &locale)
{
    return locale.language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QString Content::read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly | QIODevice::Text) ? QString::fromUtf8(file.readAll())
                                                            : QString();
}

QString Content::page(const QString &lessonId, const QString &name, const QString &language)
{
    const QString lang = language.isEmpty() ? Content::language() : language;
    const QString path = QStringLiteral(":/lessons/%1/content/%2.%3.md");
    QString text = read(path.arg(lessonId, name, lang));
    if (text.isEmpty() && lang != QLatin1String("en"))
        text = read(path.arg(lessonId, name, QStringLiteral("en")));
    return text;
}

QString Content::notes(const QString &lessonId, int index, const QString &language)
{
    // "## Slide" headings only say which slide a note belongs to; the teacher reads the body.
    const QStringList sections =
        (QLatin1Char('\n') + page(lessonId, QStringLiteral("notes"), language))
            .split(QStringLiteral("\n## "));
    // sections[0] is whatever precedes the first heading (a title line, or nothing).
    if (index < 0 || index + 1 >= sections.size())
        return {};
    const QString section = sections.at(index + 1);
    return section.section(QLatin1Char('\n'), 1).trimmed();
}

} // namespace widgets
