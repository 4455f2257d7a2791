#include "lessoncatalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <array>

namespace catalog {

namespace {

// One translation context for the whole module, as Qt Creator's plugins do.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Catalog)
};

struct Entry
{
    const char *id;
    const char *title; // translated in title(), so a language switch needs no rebuild
};

constexpr std::array<Entry, 8> Lessons{{
    {"multitasking", QT_TRANSLATE_NOOP("Catalog", "Multitasking")},
    {"processes", QT_TRANSLATE_NOOP("Catalog", "Processes")},
    {"pool", QT_TRANSLATE_NOOP("Catalog", "Process pool")},
    {"threads", QT_TRANSLATE_NOOP("Catalog", "Threads")},
    {"shared", QT_TRANSLATE_NOOP("Catalog", "Shared variables")},
    {"locks", QT_TRANSLATE_NOOP("Catalog", "Thread safety and locks")},
    {"queues", QT_TRANSLATE_NOOP("Catalog", "Queues")},
    {"crawler", QT_TRANSLATE_NOOP("Catalog", "Multithreaded crawler")},
}};

QString readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

QStringList LessonCatalog::ids()
{
    QStringList result;
    for (const Entry &e : Lessons)
        result << QString::fromLatin1(e.id);
    return result;
}

bool LessonCatalog::contains(const QString &id)
{
    return indexOf(id) >= 0;
}

int LessonCatalog::indexOf(const QString &id)
{
    for (std::size_t i = 0; i < Lessons.size(); ++i) {
        if (id == QLatin1String(Lessons[i].id))
            return int(i);
    }
    return -1;
}

QString LessonCatalog::title(const QString &id)
{
    const int i = indexOf(id);
    return i < 0 ? QString() : Tr::tr(Lessons[std::size_t(i)].title);
}

QString LessonCatalog::summary(const QString &id, const QString &language)
{
    if (!contains(id))
        return {};
    const QString lang = language.isEmpty() ? languageFor(QLocale().name()) : language;
    const QString base = QStringLiteral(":/content/%1/content/summary.%2.md");
    QString text = readResource(base.arg(id, lang));
    if (text.isEmpty() && lang != QLatin1String("en"))
        text = readResource(base.arg(id, QStringLiteral("en")));
    return text;
}

QString LessonCatalog::languageFor(const QString &localeName)
{
    return localeName.startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN")
                                                      : QStringLiteral("en");
}

} // namespace catalog
