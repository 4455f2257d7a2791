#include "lesson.h"

#include "widgets/content.h"

#include <QCoreApplication>

namespace widgets {

Lesson Lesson::coming(const QString &id, const char *trContext, const char *title)
{
    Lesson l;
    l.id = id;
    l.trContext = trContext;
    l.title = title;
    return l;
}

QString Lesson::translatedTitle() const
{
    return translate(title);
}

QString Lesson::summary(const QString &language) const
{
    return Content::page(id, QStringLiteral("summary"), language);
}

QString Lesson::translate(const char *text) const
{
    return text ? QCoreApplication::translate(trContext, text) : QString();
}

} // namespace widgets
