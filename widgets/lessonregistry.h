#pragma once

#include "widgets/lesson.h"

#include <QStringList>
#include <initializer_list>
#include <vector>

namespace widgets {

/// The lessons in course order. The app holds one (the course, lessons/course); tests make
/// their own, e.g. the course plus a test-only lesson. Registering a lesson is one entry here.
class LessonRegistry
{
public:
    /// An empty registry.
    LessonRegistry() = default;
    /// The registry of @p lessons, in that order.
    LessonRegistry(std::initializer_list<Lesson> lessons);

    /// Appends @p lesson (its id must be new).
    void add(Lesson lesson);
    /// Every lesson, in order.
    const std::vector<Lesson> &lessons() const { return m_lessons; }
    /// Every id, in order.
    QStringList ids() const;
    /// The lesson @p id, or nullptr.
    const Lesson *find(const QString &id) const;
    /// Position of @p id, or -1.
    int indexOf(const QString &id) const;
    /// True if @p id is registered.
    bool contains(const QString &id) const { return indexOf(id) >= 0; }
    /// Title of lesson @p id in the current language (empty for an unknown id).
    QString title(const QString &id) const;

    /// A headless demo and the lesson it belongs to.
    struct DemoEntry
    {
        const Lesson *lesson = nullptr; ///< nullptr when not found
        const RunDemo *demo = nullptr;  ///< nullptr when not found
    };
    /// The demo @p name of any lesson.
    DemoEntry demo(const QString &name) const;
    /// Every demo name, in course order.
    QStringList demoNames() const;
    /// The worker body called @p qualifiedName ("<lesson id>.<worker name>"), or nullptr.
    const stage::Stage::Body *worker(const QString &qualifiedName) const;

private:
    std::vector<Lesson> m_lessons;
};

} // namespace widgets
