#include "timelineview.h"

#include "theme.h"
#include "timelinestatebar.h"
#include "tr.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <array>
#include <cmath>

namespace widgets {

namespace {

/// Time the plot spans: the run so far, or 1 ms before it starts (a sane empty axis, not
/// "0.001 µs").
double rangeNs(const stage::Scene *scene)
{
    const std::int64_t now = scene ? scene->nowNs() : 0;
    return double(now > 0 ? now : 1'000'000);
}

} // namespace

TimelineView::TimelineView(QWidget *parent) : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void TimelineView::setScene(const stage::Scene *scene)
{
    m_scene = scene;
    // Called every frame: only a new number of rows changes the size hints (and the layout).
    if (workerCount() != m_hintedRows) {
        m_hintedRows = workerCount();
        updateGeometry();
    }
    update();
}

int TimelineView::workerCount() const
{
    return m_scene ? int(m_scene->workers().size()) : 0;
}

TimelineView::Layout TimelineView::layout() const
{
    const Theme &theme = Theme::current();
    const double basePx = theme.basePointSize() * pxPerPt(this);
    const double minPx = theme.minimumPointSize() * pxPerPt(this);
    const double pad = minPx * 0.4;
    Layout l;
    // Legend and axis rows as tall as their text measures (with a little air), not an em guess.
    const double textRow =
        TextPainter::rowHeight(this, {TextPainter::font(1)}, theme.minimumPointSize());
    l.legend = QRectF(pad, pad, width() - 2 * pad, textRow * 1.1);
    const double axisH = textRow * 1.25;
    const QFontMetricsF fm(TextPainter::font(theme.minimumPointSize(), true), this);
    double nameW = fm.horizontalAdvance(QStringLiteral("T16"));
    for (int w = 0; w < workerCount(); ++w)
        nameW = std::max(nameW, fm.horizontalAdvance(m_scene->workers()[std::size_t(w)].name));
    const double labelW = std::min(nameW + 2 * pad + 9, width() * 0.18);
    const double top = l.legend.bottom() + pad;
    const double plotH = std::max(0.0, height() - top - axisH - pad);
    const int n = std::max(1, workerCount());
    l.rowH = std::min(plotH / n, basePx * 2.2);
    // Thinner rows than a name needs (many threads on a short page): a name every labelEvery-th
    // row, its box spanning that many rows, so every thread keeps its row and no name is cut.
    const double nameRow =
        TextPainter::rowHeight(this, {TextPainter::font(1, true)}, theme.minimumPointSize());
    l.labelEvery = l.rowH >= nameRow ? 1 : int(std::ceil(nameRow / std::max(1.0, l.rowH) - 1e-6));
    l.labels = QRectF(pad, top, labelW, l.rowH * n);
    // Keep room right of the plot for the last axis label, centred on its tick.
    const double lastLabel = QFontMetricsF(TextPainter::font(theme.minimumPointSize()), this)
                                 .horizontalAdvance(QStringLiteral("8888 ") + Tr::tr("ms"));
    l.plot = QRectF(l.labels.right() + pad, top,
                    width() - l.labels.right() - 2 * pad - std::max(minPx * 1.5, lastLabel / 2),
                    l.rowH * n);
    l.axis = QRectF(l.plot.left(), l.plot.bottom(), l.plot.width(), axisH);
    return l;
}

QRect TimelineView::rowRect(int worker) const
{
    if (worker < 0 || worker >= workerCount())
        return {};
    const Layout l = layout();
    // Round both edges the same way so neighbouring rows share an edge and never overlap.
    const int top = int(std::lround(l.plot.top() + worker * l.rowH));
    const int bottom = int(std::lround(l.plot.top() + (worker + 1) * l.rowH));
    const int left = int(std::lround(l.labels.left()));
    return QRect(left, top, int(std::lround(l.plot.right())) - left, bottom - top);
}

QRect TimelineView::plotRect() const
{
    return layout().plot.toRect();
}

double TimelineView::xOf(std::int64_t tNs) const
{
    const Layout l = layout();
    const double range = rangeNs(m_scene);
    return l.plot.left() + l.plot.width() * std::clamp(double(tNs) / range, 0.0, 1.0);
}

QSize TimelineView::sizeHint() const
{
    const double basePx = Theme::current().basePointSize() * pxPerPt(this);
    return QSize(int(basePx * 40), int(basePx * (4 + 1.8 * std::max(1, workerCount()))));
}

QSize TimelineView::minimumSizeHint() const
{
    const Theme &theme = Theme::current();
    const double minPx = theme.minimumPointSize() * pxPerPt(this);
    // Legend, axis and one row per worker, each as tall as the font drawn in it measures.
    const double textRow =
        TextPainter::rowHeight(this, {TextPainter::font(1)}, theme.minimumPointSize());
    const double nameRow =
        TextPainter::rowHeight(this, {TextPainter::font(1, true)}, theme.minimumPointSize());
    // Many threads: thin rows (a quarter of a name's height, named every fourth row), so 16 threads
    // fit a 768-pixel page under their lanes; a few threads keep a name on each row.
    const int n = std::max(1, workerCount());
    const double rows = std::min(nameRow * n, std::max(nameRow * CompactFrom, nameRow / 4 * n));
    return QSize(int(minPx * 24), int(textRow * (1.1 + 1.25) + minPx * 1.2 + rows) + 1);
}

void TimelineView::paintLegend(QPainter &p, TextPainter &tp, const QRectF &box)
{
    const Theme &theme = Theme::current();
    const std::array<stage::WorkerState, 3> states = {
        stage::WorkerState::Running, stage::WorkerState::Ready, stage::WorkerState::Blocked};
    const double itemW = box.width() / double(states.size());
    const QFont font = TextPainter::font(theme.minimumPointSize());
    for (std::size_t i = 0; i < states.size(); ++i) {
        const QRectF item(box.left() + double(i) * itemW, box.top(), itemW, box.height());
        const QRectF swatch(item.left(), item.top() + item.height() * 0.15, item.height() * 1.4,
                            item.height() * 0.7);
        TimelineStateBar::fill(p, swatch, states[i]);
        p.setPen(QPen(theme.border, 1.0));
        p.setBrush(Qt::NoBrush);
        p.drawRect(swatch);
        const double x = swatch.right() + item.height() * 0.3;
        tp.draw(QRectF(x, item.top(), item.right() - x - 4, item.height()),
                stateGlyph(states[i]) + QLatin1Char(' ') + stateLabel(states[i]), font, theme.text);
    }
}

void TimelineView::paintAxis(QPainter &p, TextPainter &tp, const Layout &l)
{
    const Theme &theme = Theme::current();
    const double range = rangeNs(m_scene);
    // Unit and a 1-2-5 tick step so there are about five labelled ticks.
    const auto [unit, div] = range < 2e6   ? std::pair{Tr::tr("µs"), 1e3}
                             : range < 2e9 ? std::pair{Tr::tr("ms"), 1e6}
                                           : std::pair{Tr::tr("s"), 1e9};
    const double raw = range / div / 5;
    const double mag = std::pow(10.0, std::floor(std::log10(std::max(raw, 1e-9))));
    double stepU = raw / mag < 2 ? mag : raw / mag < 5 ? 2 * mag : 5 * mag;
    const QFont font = TextPainter::font(theme.minimumPointSize());
    const auto label = [&](int i) {
        return i == 0 ? QStringLiteral("0") : QStringLiteral("%1 %2").arg(i * stepU).arg(unit);
    };
    // Wider steps (still 1-2-5) until the widest label, as measured, fits between two ticks: a
    // narrow plot or a long run must not elide the axis.
    const double gap = tp.width(font, QStringLiteral("  "));
    for (int tries = 0; tries < 8; ++tries) {
        double widest = 0;
        for (int i = 1; i * stepU * div <= range + 1e-9; ++i)
            widest = std::max(widest, tp.width(font, label(i)));
        if (l.plot.width() * stepU * div / range >= widest + gap)
            break;
        const double m = std::pow(10.0, std::floor(std::log10(stepU)));
        stepU = stepU / m < 1.5 ? 2 * m : stepU / m < 3.5 ? 5 * m : 10 * m;
    }
    p.setPen(QPen(theme.text, 1.5));
    p.drawLine(l.axis.topLeft(), l.axis.topRight());
    const double labelW = l.plot.width() * stepU * div / range;
    for (int i = 0; i * stepU * div <= range + 1e-9; ++i) {
        const double t = i * stepU * div;
        const double x = l.plot.left() + l.plot.width() * t / range;
        p.setPen(QPen(theme.text, 1.5));
        p.drawLine(QPointF(x, l.axis.top()), QPointF(x, l.axis.top() + l.axis.height() * 0.2));
        tp.draw(QRectF(x - labelW / 2, l.axis.top() + l.axis.height() * 0.2, labelW,
                       l.axis.height() * 0.8),
                label(i), font, theme.text, Qt::AlignCenter);
    }
}

void TimelineView::paintStates(QPainter &p, const Layout &l, int worker, double y)
{
    const QRectF bar(l.plot.left(), y + l.rowH * 0.15, l.plot.width(), l.rowH * 0.7);
    TimelineStateBar::paint(p, bar, m_scene->workers()[std::size_t(worker)], rangeNs(m_scene),
                            std::max(3.0, l.rowH * 0.18),
                            [&](const QRectF &r, stage::WorkerState s) {
                                m_drawnSpans.push_back({worker, r, s});
                            });
}

void TimelineView::paintPhases(QPainter &p, TextPainter &tp, const Layout &l, int worker, double y)
{
    const Theme &theme = Theme::current();
    const stage::WorkerView &wv = m_scene->workers()[std::size_t(worker)];
    const double now = rangeNs(m_scene);
    const double pxPerNs = l.plot.width() / now;
    const QFont font = TextPainter::font(theme.minimumPointSize());
    const double barTop = y + l.rowH * 0.15, barH = l.rowH * 0.7;
    double lastDivider = -1e9;
    for (const stage::Phase &ph : wv.phases) {
        // Only phases whose both ends are known: at full speed most steps are not recorded.
        const bool open = ph.t1Ns < 0;
        if (!ph.startKnown || (!open && !ph.endKnown))
            continue;
        const double x0 = l.plot.left() + double(ph.t0Ns) * pxPerNs;
        const double x1 = l.plot.left() + std::min(open ? now : double(ph.t1Ns), now) * pxPerNs;
        const QString name = ph.step >= 0 && ph.step < m_stepLabels.size()
                                 ? m_stepLabels[ph.step]
                                 : m_scene->stepName(ph.step);
        if (x1 - x0 < 1 || name.isEmpty())
            continue;
        const QRectF box(x0, barTop, x1 - x0, barH);
        m_drawnPhases.push_back({worker, box, name});
        if (x0 - lastDivider >= 3) { // a gap between two steps, in the row's background
            p.setPen(QPen(theme.surface, 2.0));
            p.drawLine(QPointF(x0, barTop), QPointF(x0, barTop + barH));
            lastDivider = x0;
        }
        // The step's name where it fits, on a plate so it reads over any state's pattern.
        const double textW = tp.width(font, name);
        const double textH = QFontMetricsF(font, this).height();
        if (textW + 8 > box.width() || textH > l.rowH - 2)
            continue;
        const QRectF plate(box.center().x() - textW / 2 - 3, y + (l.rowH - textH) / 2, textW + 6,
                           textH);
        p.fillRect(plate, theme.surface);
        tp.draw(plate, name, font, theme.text, Qt::AlignCenter);
    }
}

void TimelineView::paintRows(QPainter &p, TextPainter &tp, const Layout &l)
{
    const Theme &theme = Theme::current();
    const double now = rangeNs(m_scene);
    double namePt =
        tp.fitHeight(TextPainter::font(theme.minimumPointSize(), true), l.rowH * l.labelEvery,
                     theme.minimumPointSize(), theme.basePointSize());
    // The label column was sized for the minimum size: shrink taller names back to fit it.
    double widest = 0;
    for (const stage::WorkerView &wv : m_scene->workers())
        widest = std::max(widest, tp.width(TextPainter::font(namePt, true), wv.name));
    if (widest > l.labels.width() - 9)
        namePt = std::max(theme.minimumPointSize(), namePt * (l.labels.width() - 9) / widest);
    for (int w = 0; w < workerCount(); ++w) {
        const stage::WorkerView &wv = m_scene->workers()[std::size_t(w)];
        const double y = l.plot.top() + w * l.rowH;
        const QRectF label(l.labels.left(), y, l.labels.width(), l.rowH);
        p.fillRect(QRectF(label.left(), y + l.rowH * 0.15, 5, std::max(1.0, l.rowH * 0.7)),
                   theme.workerColor(w));
        if (l.labelEvery == 1) {
            tp.draw(label.adjusted(9, 0, 0, 0), wv.name, TextPainter::font(namePt, true),
                    theme.text);
        } else if (w % l.labelEvery == 0) {
            // The name sits at the top of its row and reaches over the unnamed rows below it;
            // a name that would run past the plot's bottom is left out (its colour stays).
            const double lineH = tp.lineHeight(TextPainter::font(namePt, true));
            if (y + lineH <= l.plot.bottom() + 0.5)
                tp.draw(QRectF(label.left() + 9, y, label.width() - 9, lineH), wv.name,
                        TextPainter::font(namePt, true), theme.text);
        }
        p.fillRect(QRectF(l.plot.left(), y + 1, l.plot.width(), l.rowH - 2), theme.surface);
        paintStates(p, l, w, y);
        paintPhases(p, tp, l, w, y);
    }

    // Hand-off arrows: from the releasing worker's row to the acquiring one's, at the moment.
    p.setRenderHint(QPainter::Antialiasing);
    const double head = std::max(6.0, l.rowH * 0.22);
    int lastPixel = -1;
    for (const stage::Handoff &h : m_scene->handoffs()) {
        if (h.from < 0 || h.to < 0 || h.from >= workerCount() || h.to >= workerCount())
            continue;
        const double x = l.plot.left() + l.plot.width() * double(h.tNs) / now;
        if (int(x) == lastPixel)
            continue;
        lastPixel = int(x);
        const double y0 = l.plot.top() + (h.from + 0.5) * l.rowH;
        const double y1 = l.plot.top() + (h.to + 0.5) * l.rowH;
        const double dir = y1 > y0 ? 1 : -1;
        p.setPen(QPen(theme.text, 2.5));
        p.drawLine(QPointF(x, y0), QPointF(x, y1 - dir * head));
        p.setBrush(theme.text);
        p.drawEllipse(QPointF(x, y0), head * 0.3, head * 0.3);
        QPainterPath arrow;
        arrow.moveTo(x, y1);
        arrow.lineTo(x - head * 0.6, y1 - dir * head);
        arrow.lineTo(x + head * 0.6, y1 - dir * head);
        arrow.closeSubpath();
        p.setPen(Qt::NoPen);
        p.drawPath(arrow);
    }
}

void TimelineView::paintEvent(QPaintEvent *)
{
    const Theme &theme = Theme::current();
    QPainter p(this);
    p.fillRect(rect(), theme.background);
    m_drawn.clear();
    m_drawnSpans.clear();
    m_drawnPhases.clear();
    TextPainter tp(&p, &m_drawn);
    if (workerCount() == 0) {
        tp.draw(rect(), Tr::tr("The timeline fills in as the threads run"),
                TextPainter::font(theme.basePointSize()), theme.mutedText, Qt::AlignCenter);
        return;
    }
    const Layout l = layout();
    paintLegend(p, tp, l.legend);
    paintRows(p, tp, l);
    paintMarks(p, l);
    paintAxis(p, tp, l);
}

void TimelineView::setStepLabels(const QStringList &labels)
{
    m_stepLabels = labels;
    update();
}

void TimelineView::setMarks(std::vector<Mark> marks)
{
    m_marks = std::move(marks);
    update();
}

void TimelineView::paintMarks(QPainter &p, const Layout &l)
{
    const Theme &theme = Theme::current();
    const double now = rangeNs(m_scene);
    const double r = l.rowH * 0.3;
    p.setRenderHint(QPainter::Antialiasing);
    for (const Mark &m : m_marks) {
        if (m.worker < 0 || m.worker >= workerCount())
            continue;
        const double x = l.plot.left() + l.plot.width() * std::min(double(m.tNs), now) / now;
        const QPointF c(x, l.plot.top() + (m.worker + 0.5) * l.rowH);
        // A cross, outlined so it reads on any span colour, and not by colour alone.
        const std::pair<QColor, double> strokes[] = {{theme.surface, 5.0}, {theme.lost, 2.5}};
        for (const auto &[colour, width] : strokes) {
            p.setPen(QPen(colour, width, Qt::SolidLine, Qt::RoundCap));
            p.drawLine(c + QPointF(-r, -r), c + QPointF(r, r));
            p.drawLine(c + QPointF(-r, r), c + QPointF(r, -r));
        }
    }
}

} // namespace widgets
