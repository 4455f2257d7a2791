#include "slicetimelineview.h"

#include "multitasking/tr.h"
#include "widgets/theme.h"

#include <QPainter>
#include <algorithm>
#include <cmath>
#include <set>

namespace multitasking {

using widgets::TextPainter;
using widgets::Theme;

std::vector<Slice> slicesOf(std::vector<Chunk> chunks, std::int64_t gapNs)
{
    std::stable_sort(chunks.begin(), chunks.end(), [](const Chunk &a, const Chunk &b) {
        return a.task != b.task ? a.task < b.task : a.t0Ns < b.t0Ns;
    });
    std::vector<Slice> out;
    const auto add = [&out, gapNs](int task, int cpu, std::int64_t t0, std::int64_t t1) {
        if (t1 <= t0)
            return;
        if (!out.empty() && out.back().task == task && out.back().cpu == cpu &&
            t0 - out.back().t1Ns <= gapNs) {
            out.back().t1Ns = std::max(out.back().t1Ns, t1);
            return;
        }
        out.push_back({task, cpu, t0, t1});
    };
    for (const Chunk &c : chunks) {
        if (c.offNs <= 0) {
            add(c.task, c.cpu, c.t0Ns, c.t1Ns);
            continue;
        }
        // The chunk was taken off its CPU part-way: two pieces on the CPU, a hole between.
        add(c.task, c.cpu, c.t0Ns, c.t0Ns + c.offAtNs);
        add(c.task, c.cpu, c.t0Ns + c.offAtNs + c.offNs, c.t1Ns);
    }
    return out;
}

namespace {

/// A pattern per CPU so slices differ by more than colour.
Qt::BrushStyle patternOf(int index)
{
    static const Qt::BrushStyle styles[] = {Qt::NoBrush, Qt::BDiagPattern, Qt::CrossPattern,
                                            Qt::FDiagPattern};
    return styles[index % 4];
}

/// A round step for an axis spanning @p ms with about @p ticks ticks.
double niceStep(double ms, int ticks)
{
    const double raw = ms / std::max(1, ticks);
    const double p = std::pow(10.0, std::floor(std::log10(std::max(raw, 1e-6))));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * p >= raw)
            return m * p;
    return 10 * p;
}

} // namespace

SliceTimelineView::SliceTimelineView(QWidget *parent) : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_labels = {QStringLiteral("A"), QStringLiteral("B")};
}

void SliceTimelineView::setChunks(const std::vector<Chunk> &chunks, std::int64_t nowNs)
{
    m_slices = slicesOf(chunks);
    std::set<int> cpus;
    // Time 0 is the first chunk's start: the trace's clock starts when the run is set up,
    // which may be long before Play.
    std::int64_t origin = m_slices.empty() ? 0 : m_slices.front().t0Ns;
    for (const Slice &s : m_slices)
        origin = std::min(origin, s.t0Ns);
    m_endNs = std::max<std::int64_t>(0, nowNs - origin);
    for (Slice &s : m_slices) {
        s.t0Ns -= origin;
        s.t1Ns -= origin;
        cpus.insert(s.cpu);
        m_endNs = std::max(m_endNs, s.t1Ns);
    }
    m_cpus.assign(cpus.begin(), cpus.end());
    update();
}

void SliceTimelineView::setTaskLabels(const QStringList &labels)
{
    m_labels = labels;
    updateGeometry();
    update();
}

double SliceTimelineView::lineFor(double pt) const
{
    return QFontMetricsF(TextPainter::font(pt), this).height() * 1.2;
}

QSize SliceTimelineView::sizeHint() const
{
    const double line = lineFor(Theme::current().basePointSize());
    return QSize(int(line * 24), int(line * 7));
}

QSize SliceTimelineView::minimumSizeHint() const
{
    const double line = lineFor(Theme::current().minimumPointSize());
    return QSize(int(line * 14), int(line * 6));
}

void SliceTimelineView::paintEvent(QPaintEvent *)
{
    const Theme &theme = Theme::current();
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), theme.background);
    m_drawn.clear();
    TextPainter tp(&p, &m_drawn);
    // Legend, two rows (each 1.6 lines) and the axis: 6 lines in all.
    double pt = theme.minimumPointSize();
    for (double c = theme.basePointSize() * 1.2; c > theme.minimumPointSize(); c -= 0.25)
        if (lineFor(c) * 6.2 <= height()) {
            pt = c;
            break;
        }
    const double line = lineFor(pt);
    const QFont font = TextPainter::font(pt);
    const QFont bold = TextPainter::font(pt, true);
    double labelW = 0;
    for (const QString &l : m_labels)
        labelW = std::max(labelW, tp.width(bold, l));
    const double pad = line * 0.3;
    const QRectF plot(pad + labelW + line * 0.6, line * 1.3,
                      width() - labelW - line * 0.6 - pad * 3,
                      std::max(line * 2, height() - line * 2.7));
    const double rowH = plot.height() / 2;

    // Legend: one swatch per CPU seen so far.
    double x = plot.left();
    tp.draw(QRectF(pad, 0, labelW + line * 0.5, line), Tr::tr("CPU:"), font, theme.mutedText);
    for (int cpu : m_cpus) {
        const QRectF sw(x, line * 0.2, line * 1.2, line * 0.7);
        p.setPen(QPen(theme.border, 1));
        p.setBrush(theme.workerColor(cpu));
        p.drawRect(sw);
        p.setBrush(QBrush(theme.workerTextColor(cpu), patternOf(cpu)));
        p.drawRect(sw);
        const QString name = Tr::tr("CPU %1").arg(cpu);
        x += sw.width() + pad;
        x += tp.draw(QRectF(x, 0, tp.width(font, name) + 1, line), name, font, theme.text) +
             line * 0.8;
    }

    for (int row = 0; row < 2; ++row) {
        const QRectF r(plot.left(), plot.top() + row * rowH, plot.width(), rowH);
        p.setPen(Qt::NoPen);
        p.setBrush(theme.surface);
        p.drawRect(r.adjusted(0, rowH * 0.1, 0, -rowH * 0.1));
        tp.draw(QRectF(pad, r.top(), labelW + 1, rowH), m_labels.value(row), bold, theme.text);
    }
    const double span = double(std::max<std::int64_t>(m_endNs, 1'000'000));
    const auto xOf = [&](std::int64_t t) { return plot.left() + plot.width() * double(t) / span; };
    for (const Slice &s : m_slices) {
        const QRectF r(xOf(s.t0Ns), plot.top() + (s.task == 1 ? rowH : 0) + rowH * 0.15,
                       std::max(1.0, xOf(s.t1Ns) - xOf(s.t0Ns)), rowH * 0.7);
        p.setPen(Qt::NoPen);
        p.setBrush(theme.workerColor(std::max(0, s.cpu)));
        p.drawRect(r);
        p.setBrush(
            QBrush(theme.workerTextColor(std::max(0, s.cpu)), patternOf(std::max(0, s.cpu))));
        p.drawRect(r);
    }

    // Axis in milliseconds.
    const double ms = span / 1e6;
    const double step = niceStep(ms, std::max(2, int(plot.width() / (line * 4))));
    p.setPen(QPen(theme.border, 1));
    p.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()));
    double lastRight = -1e9;
    for (double t = 0; t <= ms + 1e-9; t += step) {
        const double tx = plot.left() + plot.width() * t / ms;
        p.drawLine(QPointF(tx, plot.bottom()), QPointF(tx, plot.bottom() + pad));
        const QString label = Tr::tr("%1 ms").arg(t, 0, 'f', step < 1 ? 1 : 0);
        const double w = tp.width(font, label) + 2;
        // Centred under its tick, but kept inside the view (the last one is right-aligned).
        const double left = std::clamp(tx - w / 2, 0.0, width() - w);
        if (left < lastRight)
            continue;
        lastRight = left + w + line * 0.5;
        tp.draw(QRectF(left, plot.bottom() + pad, w, line), label, font, theme.mutedText,
                Qt::AlignCenter);
    }
}

} // namespace multitasking
