#include "panelfactory.h"

#include "comingsoonpanel.h"
#include "locks/lockspanel.h"

namespace app {

widgets::LessonPanel *PanelFactory::create(const QString &id, QWidget *parent)
{
    if (id == QLatin1String("locks"))
        return new locks::LocksPanel(parent);
    return new ComingSoonPanel(id, parent);
}

bool PanelFactory::isBuilt(const QString &id)
{
    return id == QLatin1String("locks");
}

} // namespace app
