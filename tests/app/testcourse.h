#pragma once

#include "course/course.h"
#include "skeleton/skeletonlesson.h"

/// What the shared tests (projector fit, language switch, accessibility) walk through: the
/// course as shipped plus the kit's skeleton lesson, registered the way a new lesson is — one
/// line — so a lesson built from the kit is held to the same bar before it ships.
inline widgets::LessonRegistry testCourse()
{
    widgets::LessonRegistry lessons = course::registry();
    lessons.add(skeleton::lesson());
    return lessons;
}
