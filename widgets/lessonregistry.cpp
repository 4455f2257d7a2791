#include "lessonregistry.h"

namespace widgets {

LessonRegistry::LessonRegistry(std::initializer_list<Lesson> lessons)
{
    for (const Lesson &l : lessons)
        add(l);
}

void LessonRegistry::add(Lesson lesson)
{
    Q_ASSERT_X(!contains(lesson.id), "LessonRegistry::add", "lesson ids are unique");
    m_lessons.push_back(std::move(lesson));
}

QStringList LessonRegistry::ids() const
{
    QStringList result;
    for (const Lesson &l : m_lessons)
        result << l.id;
    return result;
}

const Lesson *LessonRegistry::find(const QString &id) const
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : &m_lessons[std::size_t(i)];
}

int LessonRegistry::indexOf(const QString &id) const
{
    for (std::size_t i = 0; i < m_lessons.size(); ++i) {
        if (m_lessons[i].id == id)
            return int(i);
    }
    return -1;
}

QString LessonRegistry::title(const QString &id) const
{
    const Lesson *l = find(id);
    return l ? l->translatedTitle() : QString();
}

LessonRegistry::DemoEntry LessonRegistry::demo(const QString &name) const
{
    for (const Lesson &l : m_lessons) {
        for (const RunDemo &d : l.demos) {
            if (d.name == name)
                return {&l, &d};
        }
    }
    return {};
}

QStringList LessonRegistry::demoNames() const
{
    QStringList names;
    for (const Lesson &l : m_lessons) {
        for (const RunDemo &d : l.demos)
            names << d.name;
    }
    return names;
}

const stage::Stage::Body *LessonRegistry::worker(const QString &qualifiedName) const
{
    const Lesson *l = find(qualifiedName.section(QLatin1Char('.'), 0, 0));
    const QString name = qualifiedName.section(QLatin1Char('.'), 1);
    if (!l || name.isEmpty())
        return nullptr;
    for (const Lesson::Worker &w : l->workers) {
        if (w.name == name)
            return &w.body;
    }
    return nullptr;
}

} // namespace widgets
