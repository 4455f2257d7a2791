#include "workerlanesview.h"

#include "theme.h"
#include "tr.h"

#include <QFontMetricsF>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <climits>
#include <cmath>
#include <utility>

namespace widgets {

WorkerLanesView::WorkerLanesView(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::ClickFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void WorkerLanesView::setScene(const stage::Scene *scene)
{
    m_scene = scene;
    changed();
}

void WorkerLanesView::setGrantable(const std::vector<int> &workers)
{
    m_grantable = workers;
    setCursor(workers.empty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
    changed();
}

void WorkerLanesView::changed()
{
    ++m_generation;
    // Called every frame: only a new minimum height (more lanes, or locals wrapping onto
    // another line) changes the size hints and the layout.
    if (const int h = heightForWidth(width()); h != m_hintedHeight) {
        m_hintedHeight = h;
        updateGeometry();
    }
    update();
}

void WorkerLanesView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    changed();
}

int WorkerLanesView::workerCount() const
{
    return m_scene ? int(m_scene->workers().size()) : 0;
}

bool WorkerLanesView::isGrantable(int worker) const
{
    return std::find(m_grantable.begin(), m_grantable.end(), worker) != m_grantable.end();
}

const WorkerLanesView::Layout &WorkerLanesView::currentLayout() const
{
    const double basePt = Theme::current().basePointSize() + Theme::current().minimumPointSize();
    if (m_layoutGeneration != m_generation || m_layoutSize != size() || m_layoutBasePt != basePt) {
        m_layout = fitted(QSizeF(size()));
        m_layoutGeneration = m_generation;
        m_layoutSize = size();
        m_layoutBasePt = basePt;
    }
    return m_layout;
}

QRectF WorkerLanesView::laneRectF(int worker) const
{
    if (worker < 0 || worker >= workerCount())
        return {};
    const Layout &l = currentLayout();
    return worker < int(l.lanes.size()) ? l.lanes[std::size_t(worker)] : QRectF();
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
    changed();
}

void WorkerLanesView::setStepTexts(const QStringList &texts)
{
    m_stepTexts = texts;
    changed();
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

namespace {

/// The fonts a lane draws with: names (bold), states and counts (proportional), steps and
/// locals (monospace). Every line is as tall as the tallest of them.
QList<QFont> laneFonts()
{
    return {TextPainter::font(1), TextPainter::font(1, true), TextPainter::mono(1)};
}

/// Items are "name = value"; on one line they are two spaces apart.
const QString itemGap = QStringLiteral("  ");

} // namespace

QSize WorkerLanesView::sizeHint() const
{
    const Theme &theme = Theme::current();
    const double basePx = theme.basePointSize() * pxPerPt(this);
    const int w = int(basePx * 40);
    return QSize(w, int(std::ceil(layoutAt(theme.basePointSize(), w).height)));
}

QSize WorkerLanesView::minimumSizeHint() const
{
    const Theme &theme = Theme::current();
    const int w = int(theme.minimumPointSize() * pxPerPt(this) * 22);
    // The current width once laid out: how many lines the locals wrap onto depends on it.
    return QSize(w, heightForWidth(std::max(w, width())));
}

int WorkerLanesView::heightForWidth(int width) const
{
    return int(std::ceil(layoutAt(Theme::current().minimumPointSize(), width).height));
}

QString WorkerLanesView::grantHint(int worker, bool shortForm) const
{
    if (shortForm)
        return worker < 9 ? QStringLiteral("☞ %1").arg(worker + 1) : QStringLiteral("☞");
    return worker < 9 ? Tr::tr("☞ click or press %1").arg(worker + 1) : Tr::tr("☞ click");
}

QStringList WorkerLanesView::localItems(int worker) const
{
    QStringList items;
    for (const stage::NamedValue &v : m_scene->workers()[std::size_t(worker)].locals)
        items << QStringLiteral("%1 = %2").arg(v.name,
                                               v.isText ? v.text : QString::number(v.value));
    return items.isEmpty() ? QStringList{QStringLiteral("—")} : items;
}

WorkerLanesView::Columns WorkerLanesView::columns(const Layout &l, double avail) const
{
    const QFontMetricsF fm(TextPainter::font(l.pt), this);
    const QFontMetricsF fmBold(TextPainter::font(l.pt, true), this);
    const QFontMetricsF fmMono(TextPainter::mono(l.pt), this);
    const double chipPad = fm.horizontalAdvance(QStringLiteral("M")) + 1;
    Columns c;
    c.gap = chipPad * 0.6;
    double glyphW = 0, numberW = 0, itemW = 0;
    for (int w = 0; w < workerCount(); ++w) {
        const stage::WorkerView &wv = m_scene->workers()[std::size_t(w)];
        c.name = std::max(c.name, fmBold.horizontalAdvance(wv.name));
        c.state = std::max(c.state, fm.horizontalAdvance(stateGlyph(wv.state) + QLatin1Char(' ') +
                                                         stateLabel(wv)) +
                                        chipPad);
        glyphW = std::max(glyphW, fm.horizontalAdvance(stateGlyph(wv.state)) + chipPad);
        c.step = std::max(c.step, fmMono.horizontalAdvance(stepText(w)));
        const QStringList items = localItems(w);
        c.locals = std::max(c.locals, fmMono.horizontalAdvance(items.join(itemGap)));
        for (const QString &item : items)
            itemW = std::max(itemW, fmMono.horizontalAdvance(item));
        c.steps = std::max(
            c.steps, fm.horizontalAdvance(Tr::tr("%n step(s)", nullptr,
                                                 int(std::min<std::int64_t>(wv.steps, INT_MAX)))));
        numberW = std::max(numberW, fm.horizontalAdvance(QString::number(wv.steps)));
        if (isGrantable(w))
            c.grant = std::max(c.grant, fmBold.horizontalAdvance(grantHint(w, false)) + chipPad);
    }
    c.step = std::max(c.step, fmMono.horizontalAdvance(QStringLiteral("—")));
    // Both are monospace: the step and the locals are told apart by more room than the two
    // spaces between items.
    c.stepGap = std::max(c.gap, fmMono.horizontalAdvance(QStringLiteral("    ")));
    const int gaps = c.grant > 0 ? 4 : 3;
    double excess = c.name + c.state + c.step + c.locals + c.steps + c.grant + c.stepGap -
                    (avail - gaps * c.gap);
    // Give up room in order of what a student needs least, losing nothing first: the step
    // count, the grant hint and the state label switch to their short forms (the number, the
    // digit, the glyph whose shape says the state); then the locals wrap onto more lines
    // (between items, never inside one); then the step text takes a line of its own.
    const double stepsNatural = c.steps, grantNatural = c.grant, stateNatural = c.state;
    const double shortGrant =
        c.grant > 0 ? fmBold.horizontalAdvance(grantHint(0, true)) + chipPad : 0;
    const double gapTake = std::clamp(c.stepGap - c.gap, 0.0, std::max(0.0, excess));
    c.stepGap -= gapTake; // the extra air between step and locals goes first
    excess -= gapTake;
    for (auto [width, minimum] : {std::pair{&c.steps, numberW}, std::pair{&c.grant, shortGrant},
                                  std::pair{&c.state, glyphW}}) {
        if (excess <= 0)
            break;
        excess -= *width - minimum;
        *width = minimum;
    }
    c.shortSteps = c.steps < stepsNatural;
    c.shortHint = c.grant < grantNatural;
    c.shortState = c.state < stateNatural;
    const double wrapTake = std::clamp(c.locals - itemW, 0.0, std::max(0.0, excess));
    c.locals -= wrapTake;
    excess -= wrapTake;
    if (excess > 0) {
        // The locals column then spans the step's: the step text on the first line, the
        // locals under it.
        c.stepOwnLine = true;
        const double body = c.locals + c.step + c.stepGap;
        c.locals = std::max(itemW, c.step);
        c.step = 0;
        excess -= body - c.locals;
    }
    c.overflow = std::max(0.0, excess);
    if (excess > 0) // last resort, at the minimum size on a very narrow view: the name elides
        c.name = std::max(fmBold.horizontalAdvance(QStringLiteral("M…")), c.name - excess);
    else
        c.locals -= excess; // spare room goes to the locals, the step count stays right-aligned
    return c;
}

WorkerLanesView::Layout WorkerLanesView::layoutAt(double pt, double width) const
{
    Layout l;
    l.pt = pt;
    // One line is as tall as the tallest font the lane draws with, measured (CJK fallback
    // included) and rounded up to whole pixels, so no font's text is taller than its box.
    l.line = std::ceil(TextPainter::rowHeight(this, laneFonts(), pt));
    l.vpad = std::ceil(l.line * 0.08);
    l.swatch = std::max(6.0, l.line * 0.26);
    l.hpad = l.line * 0.17;
    l.radius = l.line * 0.2;
    const double pad = std::ceil(l.line * 0.2), gap = std::ceil(l.line * 0.1);
    const int n = workerCount();
    if (n == 0) {
        l.height = l.line + 2 * pad;
        return l;
    }
    const double laneW = std::max(1.0, width - 2 * pad);
    l.c = columns(l, laneW - l.swatch - 2 * l.hpad);
    const QFontMetricsF fmMono(TextPainter::mono(pt), this);
    double y = pad;
    for (int w = 0; w < n; ++w) {
        // Greedy: as many whole items on a line as fit the locals column.
        QStringList lines;
        for (const QString &item : localItems(w)) {
            const QString longer = lines.isEmpty() ? QString() : lines.last() + itemGap + item;
            if (!lines.isEmpty() && fmMono.horizontalAdvance(longer) <= l.c.locals + 0.01)
                lines.last() = longer;
            else
                lines << item;
        }
        const int rows = int(lines.size()) + (l.c.stepOwnLine ? 1 : 0);
        l.locals.push_back(lines);
        const double h = rows * l.line + 2 * l.vpad;
        l.lanes.emplace_back(pad, y, laneW, h);
        y += h + gap;
    }
    l.height = y - gap + pad;
    return l;
}

WorkerLanesView::Layout WorkerLanesView::fitted(const QSizeF &size) const
{
    const Theme &theme = Theme::current();
    const double minPt = theme.minimumPointSize();
    const double maxPt = std::max(minPt, theme.basePointSize() * 1.15);
    const int n = workerCount();
    // The largest text at which every lane fits, locals wrapped and nothing cut: from a
    // measured guess at the line height the room allows, down until it fits.
    double pt = maxPt;
    Layout l = layoutAt(pt, size.width());
    for (int i = 0; i < 24 && pt > minPt && (l.height > size.height() || l.c.overflow > 0); ++i) {
        double next = pt * 0.97;
        if (l.height > size.height() && n > 0) {
            // Lanes, their padding and gaps and the margins all scale with the line.
            const double room = std::floor(size.height() / (l.height / l.line));
            next = std::min(next, TextPainter::fitHeight(this, laneFonts(), room, minPt, pt));
        }
        if (l.c.overflow > 0) {
            const double avail = l.lanes.empty() ? size.width() : l.lanes[0].width();
            next = std::min(next, pt * avail / (avail + l.c.overflow));
        }
        pt = std::max(minPt, std::min(next, pt * 0.99));
        l = layoutAt(pt, size.width());
    }
    // Spare height: lanes grow a little (up to half a line), the text stays vertically centred.
    if (n > 0 && l.height < size.height()) {
        const double extra = std::min((size.height() - l.height) / n, l.line * 0.5);
        for (int w = 0; w < n; ++w)
            l.lanes[std::size_t(w)].adjust(0, w * extra, 0, (w + 1) * extra);
        l.vpad += extra / 2;
        l.height += n * extra;
    }
    return l;
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
    m_layoutGeneration = -1; // the scene behind the same pointer may have moved on
    const Layout &l = currentLayout();
    for (int w = 0; w < workerCount(); ++w)
        paintLane(p, tp, w, l);
}

void WorkerLanesView::paintLane(QPainter &p, TextPainter &tp, int worker, const Layout &l)
{
    const Theme &theme = Theme::current();
    const stage::WorkerView &wv = m_scene->workers()[std::size_t(worker)];
    const QRectF lane = l.lanes[std::size_t(worker)];
    const Columns &c = l.c;
    const bool grantable = isGrantable(worker);
    const double radius = l.radius, swatchW = l.swatch;

    // Antialiased outlines were half of a frame's paint time: each look is drawn once.
    const QColor outline = grantable ? theme.accent : theme.border;
    const QColor swatchColor = theme.workerColor(worker);
    const QString look = QStringLiteral("lane %1 %2 %3 %4 %5 %6")
                             .arg(outline.rgba())
                             .arg(grantable)
                             .arg(theme.surface.rgba())
                             .arg(swatchColor.rgba())
                             .arg(radius)
                             .arg(swatchW);
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

    double x = lane.left() + swatchW + l.hpad;
    const double top = lane.top() + l.vpad;
    auto column = [&](double w, int line = 0) {
        const QRectF r(x, top + line * l.line, w, l.line);
        x += w + c.gap;
        return r;
    };
    const QFont font = TextPainter::font(l.pt);
    const QFont bold = TextPainter::font(l.pt, true);
    const QFont mono = TextPainter::mono(l.pt);

    tp.draw(column(c.name), wv.name, bold, theme.text);

    const QRectF chip = column(c.state);
    const QColor chipColor = theme.stateColor(wv.state);
    m_shapes.draw(p, chip, QStringLiteral("chip %1 %2").arg(chipColor.rgba()).arg(radius),
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

    QString step = stepText(worker);
    if (step.isEmpty())
        step = QStringLiteral("—");
    const double bodyX = x;
    if (!c.stepOwnLine) {
        tp.draw(column(c.step), step, mono, theme.text);
        x += c.stepGap - c.gap;
    }
    const double localsX = x;
    const QStringList &locals = l.locals[std::size_t(worker)];
    const int first = c.stepOwnLine ? 1 : 0;
    for (int i = 0; i < int(locals.size()); ++i)
        tp.draw(QRectF(localsX, top + (first + i) * l.line, c.locals, l.line), locals.at(i), mono,
                theme.text);
    if (c.stepOwnLine)
        tp.draw(QRectF(bodyX, top, c.locals, l.line), step, mono, theme.text);
    x = localsX + c.locals + c.gap;
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
