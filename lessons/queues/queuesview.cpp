#include "queuesview.h"

#include "queues/queuecalls.h"
#include "widgets/theme.h"

#include <QPainter>
#include <algorithm>
#include <cmath>

namespace queues {

using widgets::TextPainter;
using widgets::Theme;

namespace {

/// Rows of a column besides the call log: title, kind, putters, slots (two rows), getters,
/// the log's header; the log gets the rest, at least this many.
constexpr double FixedRows = 7.6;
constexpr int MinLogRows = 3;
/// Row height as a multiple of the line height.
constexpr double RowFactor = 1.3;
/// Between the columns (in lines) and between a call and its answer (in rows): narrow enough
/// that both columns and the code fit a 1024-pixel projector without scrolling.
constexpr double ColumnGap = 0.3;
constexpr double NameGap = 0.2;

} // namespace

QueuesView::QueuesView(QWidget *parent) : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void QueuesView::setScene(const stage::Scene *scene)
{
    m_scene = scene;
    update();
}

void QueuesView::setLabels(const Labels &labels)
{
    m_labels = labels;
    updateGeometry(); // the minimum width holds the words for a waiting call
    update();
}

int QueuesView::queueOf(const QString &name)
{
    if (name.startsWith(QLatin1String("q.")))
        return 0;
    if (name.startsWith(QLatin1String("s.")))
        return 1;
    return -1;
}

QSize QueuesView::sizeHint() const
{
    const double pt = Theme::current().basePointSize();
    const QFontMetricsF fm(TextPainter::font(pt), this);
    const double row =
        TextPainter::rowHeight(this, {TextPainter::font(pt), TextPainter::mono(pt)}, pt);
    return QSize(int(fm.averageCharWidth() * 70), int(row * RowFactor * 14));
}

QSize QueuesView::minimumSizeHint() const
{
    const double pt = Theme::current().minimumPointSize();
    const QFont ui = TextPainter::font(pt);
    const QFont mono = TextPainter::mono(pt);
    const QFontMetricsF fm(mono, this);
    const QFontMetricsF fu(ui, this);
    const double row = TextPainter::rowHeight(this, {ui, mono}, pt) * RowFactor;
    // Each column as paintQueue() lays a log row out: the longest call, a gap, the widest
    // answer (a raise in the monospace font, or a wait in words); columns between gaps.
    const double answer =
        std::max({fm.horizontalAdvance(QStringLiteral("✗ Empty")),
                  fu.horizontalAdvance(widgets::stateGlyph(stage::WorkerState::Blocked) +
                                       QLatin1Char(' ') + m_labels.waiting),
                  fu.horizontalAdvance(widgets::stateGlyph(stage::WorkerState::Running) +
                                       QLatin1Char(' ') + m_labels.running)});
    const double column =
        fm.horizontalAdvance(QStringLiteral("put_nowait(12)")) + row * NameGap + answer;
    const double gap = fu.height() * ColumnGap;
    return QSize(int(std::ceil(column * 2 + gap * 3)),
                 int(std::ceil(row * (FixedRows + MinLogRows))));
}

void QueuesView::paintEvent(QPaintEvent *)
{
    const Theme &theme = Theme::current();
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), theme.background);
    m_drawn.clear();
    TextPainter tp(&p, &m_drawn);
    const double minPt = theme.minimumPointSize();
    const double rows = FixedRows + 6; // room for six calls at the largest size
    // Fitted to the taller of the two fonts a row draws with (a monospace font such as Noto Sans
    // Mono is far taller than the sans one at the same size).
    const double pt =
        TextPainter::fitHeight(this, {TextPainter::font(1), TextPainter::mono(1)},
                               height() / rows / RowFactor, minPt, theme.basePointSize());
    if (!m_scene || m_scene->queues().empty()) {
        tp.draw(QRectF(rect()).adjusted(8, 8, -8, -8), m_labels.noScene, TextPainter::font(pt),
                theme.mutedText, Qt::AlignCenter);
        return;
    }
    const int n = int(m_scene->queues().size());
    const double gap = tp.lineHeight(TextPainter::font(pt)) * ColumnGap;
    const double colW = (width() - gap * (n + 1)) / n;
    for (int q = 0; q < n; ++q)
        paintQueue(p, tp, q, QRectF(gap + q * (colW + gap), gap / 2, colW, height() - gap), pt);
}

void QueuesView::paintQueue(QPainter &p, TextPainter &tp, int queue, const QRectF &box, double pt)
{
    const Theme &theme = Theme::current();
    const stage::QueueView &qv = m_scene->queues()[std::size_t(queue)];
    const QFont ui = TextPainter::font(pt);
    const QFont mono = TextPainter::mono(pt);
    // A row holds a call in the monospace font as well as sans text: as tall as either needs
    // (the measure paintEvent fitted the point size to).
    const double row = TextPainter::rowHeight(this, {ui, mono}, pt) * RowFactor;
    const double monoH = TextPainter::rowHeight(this, {mono}, pt);
    // The column's head names the queue: each row shows the call without "q." / "s.".
    const auto callText = [](const QString &name) { return name.mid(2); };
    double y = box.top();
    const auto line = [&](double rows = 1) {
        const QRectF r(box.left(), y, box.width(), row * rows);
        y += row * rows;
        return r;
    };

    // q = queue.Queue(3): the line of the notes that made it.
    const QString maker = QStringLiteral("%1 = queue.%2(%3)")
                              .arg(qv.name, QLatin1String(qv.lifo ? "LifoQueue" : "Queue"))
                              .arg(qv.capacity);
    tp.draw(line(), maker, TextPainter::font(pt, true), theme.text);
    tp.draw(line(), qv.lifo ? m_labels.lifo : m_labels.fifo, ui, theme.mutedText);

    // Who waits at the queue, and for what.
    const auto waiters = [&](const QRectF &r, const QString &label, const std::vector<int> &ids) {
        const double lw = tp.draw(r, label, ui, theme.mutedText);
        double x = r.left() + lw + row * 0.3;
        if (ids.empty()) {
            tp.draw(QRectF(x, r.top(), r.right() - x, r.height()), m_labels.nobody, ui,
                    theme.mutedText);
            return;
        }
        const QString moreText = QStringLiteral("+%1").arg(ids.size());
        const double moreW = tp.width(ui, moreText) + row * 0.2;
        for (std::size_t i = 0; i < ids.size(); ++i) {
            const QString name = callText(m_scene->workers()[std::size_t(ids[i])].name);
            const double w = tp.width(mono, name) + row * 0.4;
            const bool last = i + 1 == ids.size();
            if (x + w + (last ? 0 : moreW) > r.right()) { // no room: say how many more
                tp.draw(QRectF(x, r.top(), r.right() - x, r.height()),
                        QStringLiteral("+%1").arg(ids.size() - i), ui, theme.text);
                break;
            }
            // As tall as the monospace name needs, inside its row.
            const double ch = std::min(row, monoH);
            const QRectF chip(x, r.top() + (row - ch) / 2, w, ch);
            p.setPen(QPen(theme.border, 1));
            p.setBrush(theme.stateColor(stage::WorkerState::Blocked));
            p.drawRoundedRect(chip, 4, 4);
            tp.draw(chip, name, mono, theme.stateTextColor(stage::WorkerState::Blocked),
                    Qt::AlignCenter);
            x += w + row * 0.2;
        }
    };
    waiters(line(), m_labels.putters, qv.putters);

    // The slots, front (next out of a FIFO) at the left; under them where items go in and come
    // out: a FIFO's go in at the back and leave at the front, a stack's do both at the top.
    const QRectF slotsRow = line(1.6);
    const int items = int(qv.items.size());
    int cells = qv.capacity > 0 ? qv.capacity : std::max(items + 1, 4);
    const double want = row * 1.6;
    const int fit = std::max(1, int(slotsRow.width() / want));
    const bool more = cells > fit;
    cells = std::min(cells, fit);
    const double slotW = std::min(want, slotsRow.width() / cells);
    const double x0 = slotsRow.left();
    const QRectF slotsBox(x0, slotsRow.top() + row * 0.1, slotW * cells, row * 1.4);
    p.setPen(QPen(theme.border, 2));
    p.setBrush(Qt::NoBrush);
    p.drawRect(slotsBox);
    for (int i = 0; i < cells; ++i) {
        const QRectF cell(x0 + i * slotW, slotsBox.top(), slotW, slotsBox.height());
        const bool last = more && i == cells - 1;
        if (i < items && !last) {
            p.setPen(QPen(theme.border, 1));
            p.setBrush(theme.surface);
            p.drawRoundedRect(cell.adjusted(3, 3, -3, -3), 4, 4);
            tp.draw(cell, qv.items[i], TextPainter::mono(pt), theme.text, Qt::AlignCenter);
        } else if (last && items > i) {
            tp.draw(cell, QStringLiteral("+%1").arg(items - i), ui, theme.mutedText,
                    Qt::AlignCenter);
        }
        if (i > 0) {
            p.setPen(QPen(theme.border, 1, Qt::DotLine));
            p.drawLine(cell.topLeft(), cell.bottomLeft());
        }
    }
    const QRectF ends = line();
    // The top of a stack is its last item; the back of a queue is the end of its slots.
    const double top =
        qv.lifo ? x0 + slotW * std::max(1, std::min(items, cells)) : slotsBox.right();
    if (qv.lifo) {
        // An empty stack's top is its first slot: the label may reach past it, not be cut.
        const QString inOut = QStringLiteral("%1 ▲").arg(m_labels.inOut);
        const double w = std::min(ends.width(), std::max(top - ends.left(), tp.width(ui, inOut)));
        tp.draw(QRectF(ends.left(), ends.top(), w, ends.height()), inOut, ui, theme.text,
                Qt::AlignRight | Qt::AlignVCenter);
    } else {
        tp.draw(ends, QStringLiteral("▲ %1").arg(m_labels.out), ui, theme.text);
        tp.draw(QRectF(ends.left(), ends.top(), top - ends.left(), ends.height()),
                QStringLiteral("%1 ▲").arg(m_labels.in), ui, theme.text,
                Qt::AlignRight | Qt::AlignVCenter);
    }
    waiters(line(), m_labels.getters, qv.getters);

    // The calls made on this queue, newest first, each with its answer.
    tp.draw(line(),
            qv.capacity == 0 ? m_labels.calls + QStringLiteral(" · ") + m_labels.unbounded
                             : m_labels.calls,
            TextPainter::font(pt, true), theme.text);
    const auto &workers = m_scene->workers();
    double nameW = 0;
    for (const stage::WorkerView &w : workers)
        if (queueOf(w.name) == queue)
            nameW = std::max(nameW, tp.width(mono, callText(w.name)));
    bool any = false;
    for (int id = int(workers.size()) - 1; id >= 0 && y + row <= box.bottom(); --id) {
        if (queueOf(workers[std::size_t(id)].name) != queue)
            continue;
        any = true;
        const CallAnswer a = QueueCalls::answer(*m_scene, id);
        const QRectF r = line();
        tp.draw(QRectF(r.left(), r.top(), nameW, r.height()), callText(a.call), mono, theme.text);
        const QRectF rest(r.left() + nameW + row * NameGap, r.top(),
                          r.width() - nameW - row * NameGap, r.height());
        if (a.raised)
            // "queue.Full" without its module: the ✗ and the colour say it was raised.
            tp.draw(rest, QStringLiteral("✗ ") + a.answer.section(QLatin1Char('.'), -1), mono,
                    theme.lost);
        else if (!a.answer.isEmpty())
            tp.draw(rest, QStringLiteral("→ ") + a.answer, mono, theme.ok);
        else if (a.blocked)
            tp.draw(rest,
                    widgets::stateGlyph(stage::WorkerState::Blocked) + QLatin1Char(' ') +
                        m_labels.waiting,
                    ui, theme.text);
        else
            tp.draw(rest,
                    widgets::stateGlyph(stage::WorkerState::Running) + QLatin1Char(' ') +
                        m_labels.running,
                    ui, theme.mutedText);
    }
    if (!any) {
        // The hint wraps at words rather than be cut in a narrow column.
        QString text;
        for (const QString &word : m_labels.noCalls.split(QLatin1Char(' '))) {
            const QString longer = text.isEmpty() ? word : text + QLatin1Char(' ') + word;
            if (!text.isEmpty() && tp.width(ui, longer) > box.width() && y + row <= box.bottom()) {
                tp.draw(line(), text, ui, theme.mutedText);
                text = word;
            } else {
                text = longer;
            }
        }
        tp.draw(line(), text, ui, theme.mutedText);
    }
}

} // namespace queues
