#include "sharedlesson.h"

#include "shared/sharedpanel.h"

namespace shared {

const widgets::Lesson &lesson()
{
    static const widgets::Lesson l = [] {
        widgets::Lesson x;
        x.id = QStringLiteral("shared");
        x.trContext = "Shared";
        x.title = QT_TRANSLATE_NOOP("Shared", "Shared variables");
        // The panel is built but not shown yet: it fails the shared language-switch and
        // projector-fit tests (see the issue note). Until then the lesson's page says "coming",
        // and its engine serves --run.
        // x.panel = [](QWidget *parent) { return new SharedPanel(parent); };
        return x;
    }();
    return l;
}

} // namespace shared
