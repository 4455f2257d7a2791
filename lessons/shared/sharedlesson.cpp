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
        x.panel = [](QWidget *parent) { return new SharedPanel(parent); };
        return x;
    }();
    return l;
}

} // namespace shared
