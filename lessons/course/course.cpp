#include "course.h"

#include "courselessons.h" // generated: every built lesson's <id>/<id>lesson.h

namespace course {

namespace {

// A lesson whose demo is coming: its title, translated in the course's context, and its
// summary (lessons/<id>/content/summary.<lang>.md).
widgets::Lesson coming(const char *id, const char *title)
{
    return widgets::Lesson::coming(QLatin1String(id), "Course", title);
}

} // namespace

const widgets::LessonRegistry &registry()
{
    // One line per lesson. A lesson is built when its line names its own descriptor.
    static const widgets::LessonRegistry course{
        multitasking::lesson(),
        processes::lesson(),
        pool::lesson(),
        threads::lesson(),
        shared::lesson(),
        locks::lesson(),
        queues::lesson(),
        crawler::lesson(),
    };
    return course;
}

} // namespace course
