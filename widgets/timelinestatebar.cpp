#include "timelinestatebar.h"

#include "theme.h"

#include <QPainter>
#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace widgets {

namespace {

// The pattern laid over a state's colour so states differ on a grey projector too.
Qt::BrushStyle stateOverlay(stage::WorkerState s)
{
    switch (s) {
    case stage::WorkerState::Blocked:
        return Qt::BDiagPattern;
    case stage::WorkerState::Ready:
        return Qt::Dense6Pattern;
    default:
        return Qt::NoBrush;
    }
}

} // namespace

void TimelineStateBar::fill(QPainter &p, const QRectF &box, stage::WorkerState state)
{
    const Theme &theme = Theme::current();
    p.fillRect(box, theme.stateColor(state));
    const Qt::BrushStyle overlay = stateOverlay(state);
    if (overlay != Qt::NoBrush)
        p.fillRect(box, QBrush(theme.stateTextColor(state), overlay));
}

void TimelineStateBar::paint(QPainter &p, const QRectF &bar, const stage::WorkerView &worker,
                             double rangeNs, double tickW, const Drawn &drawn)
{
    const double now = rangeNs;
    const double pxPerNs = bar.width() / now;
    const int cols = std::max(1, int(std::ceil(bar.width())));
    const double barTop = bar.top(), barH = bar.height();
    // Time each pixel column spent in each state. At full speed a worker switches between
    // running and waiting many times per pixel: drawing one span per column would show
    // whichever came first (mostly "running"); the shares show what it really did.
    constexpr std::array<stage::WorkerState, 3> order = {
        stage::WorkerState::Running, stage::WorkerState::Ready, stage::WorkerState::Blocked};
    const auto slotOf = [](stage::WorkerState s) {
        return s == stage::WorkerState::Running ? 0 : s == stage::WorkerState::Ready ? 1 : 2;
    };
    std::vector<std::array<double, 3>> share(std::size_t(cols), {0, 0, 0});
    for (const stage::Span &s : worker.spans) {
        if (s.state != stage::WorkerState::Running && s.state != stage::WorkerState::Ready &&
            s.state != stage::WorkerState::Blocked)
            continue;
        const double x0 = std::clamp(double(s.t0Ns) * pxPerNs, 0.0, double(cols));
        const double x1 =
            std::clamp(double(s.t1Ns < 0 ? now : std::min<double>(double(s.t1Ns), now)) * pxPerNs,
                       x0, double(cols));
        for (int c = int(x0); c < cols && c < x1; ++c)
            share[std::size_t(c)][std::size_t(slotOf(s.state))] +=
                std::min(x1, c + 1.0) - std::max(x0, double(c));
    }
    // Stack each column's shares (running on top, waiting at the bottom) in whole pixels, and
    // draw runs of columns that stack alike as one box.
    std::vector<std::array<int, 4>> cuts(std::size_t(cols), std::array<int, 4>{0, 0, 0, 0});
    for (int c = 0; c < cols; ++c) {
        const auto &sh = share[std::size_t(c)];
        const double total = sh[0] + sh[1] + sh[2];
        auto &cut = cuts[std::size_t(c)];
        cut = {0, 0, 0, 0};
        if (total <= 1e-9)
            continue;
        double acc = 0;
        cut[0] = 0;
        for (int k = 0; k < 3; ++k) {
            acc += sh[std::size_t(k)];
            cut[std::size_t(k + 1)] = int(std::lround(barH * acc / total));
        }
    }
    for (int c = 0; c < cols;) {
        int e = c + 1;
        while (e < cols && cuts[std::size_t(e)] == cuts[std::size_t(c)])
            ++e;
        const auto &cut = cuts[std::size_t(c)];
        for (int k = 0; k < 3; ++k) {
            if (cut[std::size_t(k + 1)] <= cut[std::size_t(k)])
                continue;
            const QRectF r(bar.left() + c, barTop + cut[std::size_t(k)], e - c,
                           cut[std::size_t(k + 1)] - cut[std::size_t(k)]);
            fill(p, r, order[std::size_t(k)]);
            drawn(r, order[std::size_t(k)]);
        }
        c = e;
    }
    // A step granted in slow motion or scheduler mode runs for microseconds between long
    // waits: a tick shows each one, so a worker being stepped is not "ready" the whole time.
    // Only isolated ones: where running alternates faster than the ticks, the shares say it.
    double lastTick = -1e9;
    for (std::size_t i = 0; i < worker.spans.size(); ++i) {
        const stage::Span &s = worker.spans[i];
        if (s.state != stage::WorkerState::Running)
            continue;
        const double x0 = double(s.t0Ns) * pxPerNs;
        const double x1 = double(s.t1Ns < 0 ? now : double(s.t1Ns)) * pxPerNs;
        if (x1 - x0 >= tickW)
            continue;
        const auto spanPx = [&](std::size_t j) {
            const stage::Span &o = worker.spans[j];
            return (double(o.t1Ns < 0 ? now : double(o.t1Ns)) - double(o.t0Ns)) * pxPerNs;
        };
        const bool isolated = (i == 0 || spanPx(i - 1) >= 2 * tickW) &&
                              (i + 1 == worker.spans.size() || spanPx(i + 1) >= 2 * tickW);
        if (!isolated || x0 - lastTick < 2 * tickW)
            continue;
        lastTick = x0;
        const QRectF r(bar.left() + std::clamp(x0, 0.0, bar.width() - tickW), barTop, tickW, barH);
        fill(p, r, stage::WorkerState::Running);
        drawn(r, stage::WorkerState::Running);
    }
}

} // namespace widgets
