#include "appsettings.h"

#include "commandline.h"
#include "course/course.h"
#include "languagemanager.h"
#include "widgets/lessonpanel.h"
#include "widgets/theme.h"

#include <QSettings>

namespace app {

AppSettings AppSettings::defaults()
{
    AppSettings s;
    s.lesson = course::registry().ids().constFirst();
    return s;
}

AppSettings AppSettings::load()
{
    AppSettings s = defaults();
    QSettings settings(QSettings::IniFormat, QSettings::UserScope, QLatin1String(Organisation),
                       QLatin1String(Application));
    // A file that does not parse as INI may still yield stray keys: trust none of them.
    if (settings.status() != QSettings::NoError)
        return s;

    const QString lesson = settings.value(QStringLiteral("lesson")).toString();
    if (course::registry().contains(lesson))
        s.lesson = lesson;
    const QString language = settings.value(QStringLiteral("language")).toString();
    if (LanguageManager::isSupported(language))
        s.language = language;
    bool ok = false;
    const int speed = settings.value(QStringLiteral("speed")).toInt(&ok);
    if (ok && speed >= 0 && speed <= widgets::LessonPanel::FullSpeed)
        s.speed = speed;
    const QString theme = settings.value(QStringLiteral("theme")).toString();
    if (widgets::Theme::parseKind(theme, nullptr))
        s.theme = theme;
    const int zoom = settings.value(QStringLiteral("zoom")).toInt(&ok);
    if (ok && zoom >= CommandLine::MinZoom && zoom <= CommandLine::MaxZoom)
        s.zoom = zoom;
    return s;
}

void AppSettings::save() const
{
    QSettings settings(QSettings::IniFormat, QSettings::UserScope, QLatin1String(Organisation),
                       QLatin1String(Application));
    settings.setValue(QStringLiteral("lesson"), lesson);
    if (!language.isEmpty())
        settings.setValue(QStringLiteral("language"), language);
    settings.setValue(QStringLiteral("speed"), speed);
    if (!theme.isEmpty())
        settings.setValue(QStringLiteral("theme"), theme);
    settings.setValue(QStringLiteral("zoom"), zoom);
}

} // namespace app
