#include "memorymapview.h"

#include "theme.h"
#include "tr.h"

#include <QMouseEvent>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace widgets {

namespace {

/// Lines a frame takes: its function, then one line per local; with @p inlineFirst the first
/// local shares the function's line (when the height is short and the columns are wide).
int frameLines(const stage::Frame &f, bool inlineFirst)
{
    return inlineFirst ? std::max(1, int(f.locals.size())) : 1 + int(f.locals.size());
}

QString localLine(const stage::NamedValue &v)
{
    return QStringLiteral("%1 = %2").arg(v.name, v.isText ? v.text : QString::number(v.value));
}

/// Gap between frames, in lines.
constexpr double FrameGap = 0.45;

} // namespace

MemoryMapView::MemoryMapView(QWidget *parent) : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void MemoryMapView::setScene(const stage::Scene *scene)
{
    m_scene = scene;
    if (!scene) {
        m_lastShared.clear();
        m_changed = -1;
    } else {
        const auto &shared = scene->shared();
        if (m_lastShared.size() != shared.size()) {
            m_lastShared.assign(shared.size(), 0);
            for (std::size_t i = 0; i < shared.size(); ++i)
                m_lastShared[i] = shared[i].value;
            m_changed = -1;
            updateGeometry();
        }
        for (std::size_t i = 0; i < shared.size(); ++i)
            if (shared[i].value != m_lastShared[i]) {
                m_lastShared[i] = shared[i].value;
                m_changed = int(i);
            }
    }
    update();
}

void MemoryMapView::setCapacity(int threads, const QStringList &widest)
{
    m_capacity = std::max(1, threads);
    m_widest = widest;
    updateGeometry();
}

void MemoryMapView::setProcessLabel(const QString &label)
{
    m_processLabel = label;
    update();
}

double MemoryMapView::lineFor(double pt) const
{
    return QFontMetricsF(TextPainter::mono(pt), this).height() * 1.08;
}

double MemoryMapView::maxFrames(bool inlineFirst) const
{
    // Room for work + add_one before the first push, so nothing jumps.
    double lines = (inlineFirst ? 4 : 6) + 2 * FrameGap;
    if (m_scene)
        for (const stage::WorkerView &w : m_scene->workers()) {
            double n = 0;
            for (const stage::Frame &f : w.stack)
                n += frameLines(f, inlineFirst) + FrameGap;
            lines = std::max(lines, n);
        }
    return lines;
}

bool MemoryMapView::fitsWidth(double pt, double width, bool inlineFirst) const
{
    const QFontMetricsF text(TextPainter::font(pt), this);
    const QFontMetricsF bold(TextPainter::font(pt, true), this);
    QFont mb = TextPainter::mono(pt);
    mb.setBold(true);
    const QFontMetricsF mono(mb, this);
    const double line = lineFor(pt);
    const double inner = width - line * 2.4; // as layout(): the box pad, then twice it inside
    // The caption has a short form: the picture matters more than the longer caption.
    if (text.horizontalAdvance(stacksText(true)) > inner ||
        bold.horizontalAdvance(m_processLabel) > inner)
        return false;
    if (!m_scene)
        return true;
    const int workers = std::max<int>(1, int(m_scene->workers().size()));
    const double column = inner / workers - line * 1.4;
    for (const stage::WorkerView &w : m_scene->workers()) {
        if (bold.horizontalAdvance(w.name) > column)
            return false;
        for (const stage::Frame &f : w.stack) {
            const double fw =
                mono.horizontalAdvance(f.function + QLatin1String(inlineFirst ? "()  " : "()"));
            if (fw > column)
                return false;
            for (const stage::NamedValue &v : f.locals)
                if ((inlineFirst ? fw : 0) + mono.horizontalAdvance(localLine(v)) > column)
                    return false;
        }
    }
    const int globals = std::max<int>(1, int(m_scene->shared().size()));
    for (const stage::NamedValue &g : m_scene->shared())
        if (mono.horizontalAdvance(QStringLiteral("%1 = %2").arg(g.name).arg(g.value)) +
                text.horizontalAdvance(globalsText()) >
            inner / globals - line * 2)
            return false;
    return true;
}

QString MemoryMapView::globalsText()
{
    return Tr::tr("global, shared");
}

QString MemoryMapView::stacksText(bool shortForm)
{
    return shortForm ? Tr::tr("Stacks (last in, first out)")
                     : Tr::tr("Stacks: one per thread, its own locals (last in, first out)");
}

MemoryMapView::Layout MemoryMapView::layout() const
{
    const Theme &theme = Theme::current();
    const int workers = m_scene ? std::max<int>(1, int(m_scene->workers().size())) : 1;
    const int globals = m_scene ? std::max<int>(1, int(m_scene->shared().size())) : 1;
    // Rows: title, globals (2 lines), stacks label, header + frames.
    const auto rows = [this](bool inlineFirst) {
        return 1.2 + 2 + 0.6 + 1.1 + 1.4 + maxFrames(inlineFirst) + 1.0;
    };
    Layout l;
    l.pt = theme.minimumPointSize();
    // When nothing fits, a local on a line of its own elides least.
    l.inlineFirst = lineFor(l.pt) * rows(false) > height();
    bool found = false;
    // Down to the minimum itself: at the smallest size one local per line may still fit.
    for (double step = theme.basePointSize() * 1.4;
         step > theme.minimumPointSize() - 0.25 && !found; step -= 0.25) {
        const double pt = std::max(step, theme.minimumPointSize());
        for (bool inlineFirst : {false, true})
            if (lineFor(pt) * rows(inlineFirst) <= height() &&
                fitsWidth(pt, width(), inlineFirst)) {
                l.pt = pt;
                l.inlineFirst = inlineFirst;
                found = true;
                break;
            }
    }
    l.line = lineFor(l.pt);
    const double pad = l.line * 0.4;
    l.box = QRectF(rect()).adjusted(pad, pad, -pad, -pad);
    const QRectF inner = l.box.adjusted(pad * 2, pad, -pad * 2, -pad);
    double y = inner.top();
    l.title = QRectF(inner.left(), y, inner.width(), l.line);
    y += l.line * 1.2;
    const double gw = inner.width() / globals;
    for (int i = 0; i < globals; ++i)
        l.globals.emplace_back(inner.left() + i * gw, y, gw - pad, l.line * 2);
    y += l.line * 2 + pad;
    l.stacksLabel = QRectF(inner.left(), y, inner.width(), l.line);
    y += l.line * 1.1;
    const double sw = inner.width() / workers;
    for (int i = 0; i < workers; ++i)
        l.stacks.emplace_back(inner.left() + i * sw, y, sw - pad, inner.bottom() - y);
    return l;
}

QRect MemoryMapView::globalRect(int index) const
{
    if (!m_scene || index < 0 || index >= int(m_scene->shared().size()))
        return {};
    return layout().globals[std::size_t(index)].toRect();
}

QRect MemoryMapView::headerRect(int worker) const
{
    const QRect col = stackRect(worker);
    return col.isEmpty() ? QRect()
                         : QRect(col.left(), col.top(), col.width(), int(layout().line * 1.3));
}

void MemoryMapView::mousePressEvent(QMouseEvent *event)
{
    if (m_scene)
        for (int w = 0; w < int(m_scene->workers().size()); ++w)
            if (headerRect(w).contains(event->position().toPoint())) {
                emit workerClicked(w);
                return;
            }
    QWidget::mousePressEvent(event);
}

QRect MemoryMapView::stackRect(int worker) const
{
    if (!m_scene || worker < 0 || worker >= int(m_scene->workers().size()))
        return {};
    return layout().stacks[std::size_t(worker)].toRect();
}

QSize MemoryMapView::sizeHint() const
{
    const double line = lineFor(Theme::current().basePointSize());
    const int workers = m_scene ? std::max<int>(2, int(m_scene->workers().size())) : 2;
    const double w = QFontMetricsF(TextPainter::mono(Theme::current().basePointSize()), this)
                         .horizontalAdvance(QStringLiteral("count = 100  "));
    return QSize(int(w * workers + line * 2), int(line * (7.3 + maxFrames(false))));
}

double MemoryMapView::minimumColumn(double pt) const
{
    // As fitsWidth() measures a column, one local per line: the widest of what the panel said a
    // run may show and what this one shows now.
    QFont mb = TextPainter::mono(pt);
    mb.setBold(true);
    const QFontMetricsF mono(mb, this);
    const QFontMetricsF bold(TextPainter::font(pt, true), this);
    double column = mono.horizontalAdvance(QStringLiteral("count = 1"));
    for (const QString &t : m_widest)
        column = std::max(column, mono.horizontalAdvance(t));
    if (m_scene)
        for (const stage::WorkerView &w : m_scene->workers()) {
            column = std::max(column, bold.horizontalAdvance(w.name));
            for (const stage::Frame &f : w.stack) {
                column = std::max(column, mono.horizontalAdvance(f.function + QLatin1String("()")));
                for (const stage::NamedValue &v : f.locals)
                    column = std::max(column, mono.horizontalAdvance(localLine(v)));
            }
        }
    return column;
}

QSize MemoryMapView::minimumSizeHint() const
{
    const double pt = Theme::current().minimumPointSize();
    const double line = lineFor(pt);
    const int workers = std::max(m_capacity, m_scene ? int(m_scene->workers().size()) : 0);
    // fitsWidth() in reverse: each column plus its pad, then the box's pads; the caption's short
    // form and the process label on one line.
    const QFontMetricsF text(TextPainter::font(pt), this);
    const QFontMetricsF bold(TextPainter::font(pt, true), this);
    const double inner = std::max({(minimumColumn(pt) + line * 1.4) * workers,
                                   text.horizontalAdvance(stacksText(true)),
                                   bold.horizontalAdvance(m_processLabel)});
    return QSize(int(std::ceil(inner + line * 2.4)) + 1, int(line * (7.3 + maxFrames(true))));
}

void MemoryMapView::paintEvent(QPaintEvent *)
{
    const Theme &theme = Theme::current();
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), theme.background);
    m_drawn.clear();
    TextPainter tp(&p, &m_drawn);
    if (!m_scene) {
        tp.draw(rect(), Tr::tr("No process yet"), TextPainter::font(theme.basePointSize()),
                theme.mutedText, Qt::AlignCenter);
        return;
    }
    const Layout l = layout();
    const QFont text = TextPainter::font(l.pt);
    const QFont bold = TextPainter::font(l.pt, true);
    const QFont mono = TextPainter::mono(l.pt);
    QFont monoBold = mono;
    monoBold.setBold(true);

    p.setPen(QPen(theme.text, 2.0));
    p.setBrush(theme.surface);
    p.drawRoundedRect(l.box, l.line * 0.4, l.line * 0.4);
    tp.draw(l.title, m_processLabel.isEmpty() ? Tr::tr("Process") : m_processLabel, bold,
            theme.text);
    const auto &shared = m_scene->shared();
    for (std::size_t i = 0; i < shared.size(); ++i) {
        const QRectF r = l.globals[i];
        const bool hot = int(i) == m_changed;
        p.setPen(QPen(hot ? theme.accent : theme.border, hot ? 3.0 : 1.0));
        p.setBrush(hot ? theme.lineHighlight(0) : theme.background);
        p.drawRoundedRect(r, 6, 6);
        const QString value = QStringLiteral("%1 = %2").arg(shared[i].name).arg(shared[i].value);
        const double vw = tp.width(monoBold, value) + l.line;
        const QRectF inside = r.adjusted(l.line * 0.4, 0, -l.line * 0.3, 0);
        if (tp.width(text, globalsText()) + vw <= r.width() - l.line * 0.4) {
            tp.draw(inside.adjusted(0, 0, -vw + l.line * 0.3, 0), globalsText(), text,
                    theme.mutedText);
            tp.draw(inside, value, monoBold, theme.text, Qt::AlignRight | Qt::AlignVCenter);
        } else { // narrow: the box is two lines tall, the caption above its value
            const double half = inside.height() / 2;
            tp.draw(QRectF(inside.left(), inside.top(), inside.width(), half), globalsText(), text,
                    theme.mutedText);
            tp.draw(QRectF(inside.left(), inside.top() + half, inside.width(), half), value,
                    monoBold, theme.text, Qt::AlignRight | Qt::AlignVCenter);
        }
    }
    const bool longFits = tp.width(text, stacksText()) <= l.stacksLabel.width();
    tp.draw(l.stacksLabel, stacksText(!longFits), text, theme.mutedText);
    const auto &workers = m_scene->workers();
    for (std::size_t wi = 0; wi < workers.size(); ++wi) {
        const stage::WorkerView &w = workers[wi];
        const QRectF col = l.stacks[wi];
        const QColor colour = theme.workerColor(int(wi));
        const QRectF header(col.left(), col.top(), col.width(), l.line * 1.3);
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawRoundedRect(header, 4, 4);
        tp.draw(header.adjusted(l.line * 0.3, 0, 0, 0), w.name, bold,
                theme.workerTextColor(int(wi)));
        // The stack grows upwards from the bottom of the column.
        // The base of the stack sits at the bottom of what is visible: inside a scrolled page
        // the top frames stay in sight.
        const QRect visible = visibleRegion().boundingRect();
        double y = visible.isEmpty() ? col.bottom()
                                     : std::clamp(double(visible.bottom()) - l.line * 0.5,
                                                  header.bottom() + l.line * 3, col.bottom());
        p.setPen(QPen(theme.border, 1.0));
        p.drawLine(QPointF(col.left(), y), QPointF(col.right(), y));
        if (w.stack.empty())
            tp.draw(QRectF(col.left(), y - l.line * 1.2, col.width(), l.line), Tr::tr("(empty)"),
                    text, theme.mutedText, Qt::AlignCenter);
        for (std::size_t fi = 0; fi < w.stack.size(); ++fi) {
            const stage::Frame &f = w.stack[fi];
            const bool top = fi + 1 == w.stack.size();
            const double h = l.line * (frameLines(f, l.inlineFirst) + 0.25);
            const QRectF fr(col.left() + l.line * 0.2, y - h - l.line * (FrameGap - 0.25),
                            col.width() - l.line * 0.4, h);
            y = fr.top();
            p.setPen(QPen(top ? colour : theme.border, top ? 3.0 : 1.0));
            p.setBrush(theme.background);
            p.drawRect(fr);
            const QRectF in = fr.adjusted(l.line * 0.3, l.line * 0.15, -l.line * 0.3, 0);
            // The gap after the name only matters when the first local follows on its line.
            const QString fn = f.function + QLatin1String(l.inlineFirst ? "()  " : "()");
            // As fitsWidth() measured it: the whole name, the first local after it.
            const double fw =
                l.inlineFirst ? std::min(in.width(), tp.width(monoBold, fn)) : in.width();
            tp.draw(QRectF(in.left(), in.top(), fw, l.line), fn, monoBold, theme.text);
            for (std::size_t k = 0; k < f.locals.size(); ++k) {
                // Inline: the first local shares the function's line, the others under it.
                const double x = l.inlineFirst ? in.left() + fw : in.left();
                const double y = in.top() + l.line * (double(k) + (l.inlineFirst ? 0 : 1));
                tp.draw(QRectF(x, y, in.right() - x, l.line), localLine(f.locals[k]), mono,
                        theme.text);
            }
        }
    }
}

} // namespace widgets
