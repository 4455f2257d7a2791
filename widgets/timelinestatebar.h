#pragma once

#include "stage/scene.h"

#include <QRectF>
#include <functional>

class QPainter;

namespace widgets {

/// The state bar of one timeline row: what a worker did over time, drawn into a bar one pixel
/// column at a time. Each column stacks the share of its time spent running, ready and waiting,
/// so thousands of switches a pixel at full speed still read as what happened; isolated steps
/// shorter than a column (a grant in slow motion) show as a running tick.
class TimelineStateBar
{
public:
    /// Called for each box drawn, with the state it shows.
    using Drawn = std::function<void(const QRectF &box, stage::WorkerState state)>;

    /// Fills @p box with @p state's colour and, for waiting and ready, a pattern (states
    /// differ on a grey projector too).
    static void fill(QPainter &p, const QRectF &box, stage::WorkerState state);
    /// Draws @p worker's spans over 0 … @p rangeNs into @p bar; ticks are @p tickW wide.
    static void paint(QPainter &p, const QRectF &bar, const stage::WorkerView &worker,
                      double rangeNs, double tickW, const Drawn &drawn);
};

} // namespace widgets
