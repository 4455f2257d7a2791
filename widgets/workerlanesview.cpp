#include "workerlanesview.h"

#include "theme.h"
#include "tr.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <climits>

namespace widgets {

WorkerLanesView::WorkerLanesView(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::ClickFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void WorkerLanesView::setScene(const stage::Scene *scene)
{
    m_scene = scene;
    // Called every frame: only a new number of rows changes the size hints (and the layout).
    if (workerCount() != m_hintedRows) {
        m_hintedRows = workerCount();
        updateGeometry();
    }
    update();
}

void WorkerLanesView::setGrantable(const std::vector<int> &workers)
{
    m_grantable = workers;
    setCursor(workers.empty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
    update();
}

int WorkerLanesView::workerCount() const
{
    return m_scene ? int(m_scene->workers().size()) : 0;
}

bool WorkerLanesView::isGrantable(int worker) const
{
    return std::find(m_grantable.begin(), m_grantable.end(), worker) != m_grantable.end();
}

QRectF WorkerLanesView::laneRectF(int worker) const
{
    const int n = workerCount();
    if (worker < 0 || worker >= n)
        return {};
    const double basePx = Theme::current().basePointSize() * pxPerPt(this);
    const double pad = basePx * 0.25;
    const double laneH = std::min((height() - 2 * pad) / n, basePx * 2.6);
    const double gap = laneH * 0.08;
    return QRectF(pad, pad + worker * laneH, width() - 2 * pad, laneH - gap);
}

QRect WorkerLanesView::laneRect(int worker) const
{
    return laneRectF(worker).toRect();
}

int WorkerLanesView::laneAt(const QPoint &pos) const
{
    for (int w = 0; w < workerCount(); ++w) {
        if (laneRectF(w).contains(pos))
            return w;
    }
    return -1;
}

void WorkerLanesView::setStepLabels(const QStringList &labels)
{
    m_stepLabels = labels;
    update();
}

void WorkerLanesView::setStepTexts(const QStringList &texts)
{
    m_stepTexts = texts;
    update();
}

QString WorkerLanesView::stepText(int worker) const
{
    if (worker >= 0 && worker < m_stepTexts.size() && !m_stepTexts.at(worker).isEmpty())
        return m_stepTexts.at(worker);
    return stepLabel(m_scene->workers()[std::size_t(worker)].step);
}

QString WorkerLanesView::stepLabel(int step) const
{
    if (step >= 0 && step < m_stepLabels.size())
        return m_stepLabels.at(step);
    return m_scene ? m_scene->stepName(step) : QString();
}

QSize WorkerLanesView::sizeHint() const
{
    const double basePx = Theme::current().basePointSize() * pxPerPt(this);
    const int n = std::max(1, workerCount());
    return QSize(int(basePx * 40), int(n * basePx * 2.4 + basePx * 0.5));
}

QSize WorkerLanesView::minimumSizeHint() const
{
    const Theme &theme = Theme::current();
    const double minPx = theme.minimumPointSize() * pxPerPt(this);
    const double basePx = theme.basePointSize() * pxPerPt(this);
    const int n = std::max(1, workerCount());
    // A lane's text box is 86 % of the lane minus its 8 % gap; the row is as tall as the
    // tallest of the fonts a lane draws with (names, states, the monospace step and locals).
    const double row = TextPainter::rowHeight(
        this, {TextPainter::font(1), TextPainter::font(1, true), TextPainter::mono(1)},
        theme.minimumPointSize());
    return QSize(int(minPx * 22), int(n * row / 0.86 / 0.92 + basePx * 0.5) + 1);
}

QString WorkerLanesView::grantHint(int worker, bool shortForm) const
{
    if (shortForm)
        return worker < 9 ? QStringLiteral("☞ %1").arg(worker + 1) : QStringLiteral("☞");
    return worker < 9 ? Tr::tr("☞ click or press %1").arg(worker + 1) : Tr::tr("☞ click");
}

QString WorkerLanesView::localsText(int worker) const
{
    QStringList locals;
    for (const stage::NamedValue &v : m_scene->workers()[std::size_t(worker)].locals)
        locals << QStringLiteral("%1 = %2").arg(v.name,
                                                v.isText ? v.text : QString::number(v.value));
    return locals.isEmpty() ? QStringLiteral("—") : locals.join(QStringLiteral("  "));
}

WorkerLanesView::Columns WorkerLanesView::columns(const TextPainter &tp, double pt,
                                                  double avail) const
{
    const QFont font = TextPainter::font(pt), bold = TextPainter::font(pt, true);
    const QFont mono = TextPainter::mono(pt);
    const double chipPad = tp.width(font, QStringLiteral("M")) + 1;
    Columns c;
    c.gap = chipPad * 0.6;
    double glyphW = 0, numberW = 0;
    for (int w = 0; w < workerCount(); ++w) {
        const stage::WorkerView &wv = m_scene->workers()[std::size_t(w)];
        c.name = std::max(c.name, tp.width(bold, wv.name));
        c.state = std::max(c.state, tp.width(font, stateGlyph(wv.state) + QLatin1Char(' ') +
                                                       stateLabel(wv)) +
                                        chipPad);
        glyphW = std::max(glyphW, tp.width(font, stateGlyph(wv.state)) + chipPad);
        c.step = std::max(c.step, tp.width(mono, stepText(w)));
        c.locals = std::max(c.locals, tp.width(mono, localsText(w)));
        c.steps = std::max(c.steps,
                           tp.width(font, Tr::tr("%n step(s)", nullptr,
                                                 int(std::min<std::int64_t>(wv.steps, INT_MAX)))));
        numberW = std::max(numberW, tp.width(font, QString::number(wv.steps)));
        if (isGrantable(w))
            c.grant = std::max(c.grant, tp.width(bold, grantHint(w, false)) + chipPad);
    }
    c.step = std::max(c.step, tp.width(mono, QStringLiteral("—")));
    const int gaps = c.grant > 0 ? 5 : 4;
    const double room = avail - gaps * c.gap;
    double excess = c.name + c.state + c.step + c.locals + c.steps + c.grant - room;
    c.overflow = std::max(0.0, excess);
    // Give up room in order of what a student needs least: the step count, the long grant
    // hint, the state label (the glyph stays), the locals, the step name, and last the name.
    const double ellipsis = tp.width(font, QStringLiteral("M…"));
    const double shortGrant = c.grant > 0 ? tp.width(bold, grantHint(0, true)) + chipPad : 0;
    struct Cut
    {
        double *width;
        double minimum;
    };
    // The count and the hint have a short form; they switch to it whole rather than elide.
    const double stepsNatural = c.steps, grantNatural = c.grant, stateNatural = c.state;
    const Cut cuts[] = {{&c.steps, numberW},   {&c.grant, shortGrant}, {&c.state, glyphW},
                        {&c.locals, ellipsis}, {&c.step, ellipsis},    {&c.name, ellipsis}};
    for (const Cut &cut : cuts) {
        if (excess <= 0)
            break;
        const double minimum = cut.minimum;
        const bool whole = cut.width == &c.steps || cut.width == &c.grant || cut.width == &c.state;
        const double take = whole ? std::max(0.0, *cut.width - minimum)
                                  : std::clamp(*cut.width - minimum, 0.0, excess);
        *cut.width -= take;
        excess -= take;
    }
    c.shortSteps = c.steps < stepsNatural;
    c.shortHint = c.grant < grantNatural;
    c.shortState = c.state < stateNatural;
    if (excess < 0)
        c.locals -= excess; // spare room goes to the locals, the step count stays right-aligned
    return c;
}

void WorkerLanesView::paintEvent(QPaintEvent *)
{
    const Theme &theme = Theme::current();
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), theme.background);
    m_drawn.clear();
    TextPainter tp(&p, &m_drawn);

    if (workerCount() == 0) {
        tp.draw(rect(), Tr::tr("No threads yet"), TextPainter::font(theme.basePointSize()),
                theme.mutedText, Qt::AlignCenter);
        return;
    }
    const QRectF lane = laneRectF(0);
    double pt = TextPainter::fitHeight(
        this, {TextPainter::font(1), TextPainter::font(1, true), TextPainter::mono(1)},
        lane.height() * 0.86, theme.minimumPointSize(), theme.basePointSize() * 1.15);
    const double swatchW = std::max(6.0, lane.height() * 0.22);
    const double avail = lane.width() - swatchW - 2 * lane.height() * 0.15;
    Columns c = columns(tp, pt, avail);
    if (c.overflow > 0 && pt > theme.minimumPointSize()) {
        // Smaller text before cut-off text: widths scale with the point size.
        const double natural = avail + c.overflow;
        pt = std::max(theme.minimumPointSize(), pt * avail / natural * 0.98);
        c = columns(tp, pt, avail);
    }
    for (int w = 0; w < workerCount(); ++w)
        paintLane(p, tp, w, pt, c);
}

void WorkerLanesView::paintLane(QPainter &p, TextPainter &tp, int worker, double pt,
                                const Columns &c)
{
    const Theme &theme = Theme::current();
    const stage::WorkerView &wv = m_scene->workers()[std::size_t(worker)];
    const QRectF lane = laneRectF(worker);
    const bool grantable = isGrantable(worker);
    const double radius = lane.height() * 0.18;

    const double swatchW = std::max(6.0, lane.height() * 0.22);
    // Antialiased outlines were half of a frame's paint time: each look is drawn once.
    const QColor outline = grantable ? theme.accent : theme.border;
    const QColor swatchColor = theme.workerColor(worker);
    const QString look = QStringLiteral("lane %1 %2 %3 %4")
                             .arg(outline.rgba())
                             .arg(grantable)
                             .arg(theme.surface.rgba())
                             .arg(swatchColor.rgba());
    m_shapes.draw(p, lane, look, [&](QPainter &s, const QRectF &r) {
        s.setPen(QPen(outline, grantable ? 3.0 : 1.0));
        s.setBrush(theme.surface);
        s.drawRoundedRect(r, radius, radius);
        // Worker colour swatch: the same colour marks this worker in code view and timeline.
        QPainterPath swatch;
        swatch.addRoundedRect(QRectF(r.left(), r.top(), swatchW * 2, r.height()), radius, radius);
        QPainterPath clip;
        clip.addRect(QRectF(r.left(), r.top(), swatchW, r.height()));
        s.fillPath(swatch.intersected(clip), swatchColor);
    });

    const double pad = lane.height() * 0.15;
    double x = lane.left() + swatchW + pad;
    const QRectF row(x, lane.top() + lane.height() * 0.07, 0, lane.height() * 0.86);
    auto column = [&](double w) {
        const QRectF r(x, row.top(), w, row.height());
        x += w + c.gap;
        return r;
    };
    const QFont font = TextPainter::font(pt);
    const QFont bold = TextPainter::font(pt, true);
    const QFont mono = TextPainter::mono(pt);

    tp.draw(column(c.name), wv.name, bold, theme.text);

    const QRectF chip = column(c.state);
    const QColor chipColor = theme.stateColor(wv.state);
    m_shapes.draw(p, chip, QStringLiteral("chip %1").arg(chipColor.rgba()),
                  [&](QPainter &s, const QRectF &r) {
                      s.setPen(Qt::NoPen);
                      s.setBrush(chipColor);
                      s.drawRoundedRect(r, radius, radius);
                  });
    // Inset by half the "M" the chip was sized with (gap = 0.6 M), so the label is not elided.
    const double inset = std::min(c.gap / 1.2, chip.width() / 4);
    tp.draw(chip.adjusted(inset, 0, -inset, 0),
            c.shortState ? stateGlyph(wv.state)
                         : stateGlyph(wv.state) + QLatin1Char(' ') + stateLabel(wv),
            font, theme.stateTextColor(wv.state),
            c.shortState ? Qt::AlignCenter : Qt::AlignLeft | Qt::AlignVCenter);

    const QString step = stepText(worker);
    tp.draw(column(c.step), step.isEmpty() ? QStringLiteral("—") : step, mono, theme.text);
    tp.draw(column(c.locals), localsText(worker), mono, theme.text);
    tp.draw(column(c.steps),
            c.shortSteps
                ? QString::number(wv.steps)
                : Tr::tr("%n step(s)", nullptr, int(std::min<std::int64_t>(wv.steps, INT_MAX))),
            font, theme.mutedText, Qt::AlignRight | Qt::AlignVCenter);

    if (grantable) {
        const QRectF badge = column(c.grant);
        p.setPen(QPen(theme.accent, 2.0));
        p.setBrush(theme.surface);
        p.drawRoundedRect(badge, radius, radius);
        tp.draw(badge.adjusted(c.gap * 0.5, 0, -c.gap * 0.5, 0), grantHint(worker, c.shortHint),
                bold, theme.accent, Qt::AlignCenter);
    }
}

void WorkerLanesView::mousePressEvent(QMouseEvent *event)
{
    m_pressedLane = event->button() == Qt::LeftButton ? laneAt(event->position().toPoint()) : -1;
}

void WorkerLanesView::mouseReleaseEvent(QMouseEvent *event)
{
    // A click is press and release on the same lane, so a drag off a lane cancels it.
    const int lane = laneAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && lane >= 0 && lane == m_pressedLane)
        emit workerClicked(lane);
    m_pressedLane = -1;
}

void WorkerLanesView::keyPressEvent(QKeyEvent *event)
{
    const int digit = event->key() - Qt::Key_1;
    if (digit >= 0 && digit < 9 && isGrantable(digit)) {
        emit workerClicked(digit);
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace widgets
