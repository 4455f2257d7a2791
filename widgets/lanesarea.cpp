#include "lanesarea.h"

#include "workerlanesview.h"

namespace widgets {

LanesArea::LanesArea(QWidget *parent) : QScrollArea(parent), m_lanes(new WorkerLanesView(this))
{
    setWidgetResizable(true);
    // A lane wraps to the width it is given (heightForWidth): it never needs to scroll sideways.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setWidget(m_lanes);
}

} // namespace widgets
