#include "crawlerview.h"

#include "widgets/theme.h"

#include <QPainter>
#include <algorithm>
#include <cmath>

namespace crawler {

using widgets::TextPainter;
using widgets::Theme;

namespace {

constexpr double RowFactor = 1.35;

} // namespace

CrawlerView::CrawlerView(QWidget *parent) : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void CrawlerView::setScene(const stage::Scene *scene)
{
    m_scene = scene;
    update();
}

void CrawlerView::setTexts(Activity activity, const QString &queueLabel, const QString &pill,
                           const QString &placeholder)
{
    m_activity = std::move(activity);
    m_queueLabel = queueLabel;
    m_pill = pill;
    m_placeholder = placeholder;
    update();
}

QSize CrawlerView::sizeHint() const
{
    const QFontMetricsF fm(TextPainter::font(Theme::current().basePointSize()), this);
    return QSize(int(fm.averageCharWidth() * 60), int(fm.height() * RowFactor * 8));
}

QSize CrawlerView::minimumSizeHint() const
{
    // The queue's row and two rows of chips.
    const QFontMetricsF fm(TextPainter::font(Theme::current().minimumPointSize()), this);
    return QSize(int(fm.averageCharWidth() * 30), int(fm.height() * RowFactor * 4.3));
}

void CrawlerView::paintEvent(QPaintEvent *)
{
    const Theme &theme = Theme::current();
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), theme.background);
    m_drawn.clear();
    TextPainter tp(&p, &m_drawn);
    const double minPt = theme.minimumPointSize();
    const double pt = tp.fitHeight(TextPainter::font(minPt), height() / 8.0 / RowFactor, minPt,
                                   theme.basePointSize());
    const QFont ui = TextPainter::font(pt);
    const QFont bold = TextPainter::font(pt, true);
    const QFont mono = TextPainter::mono(pt);
    const double row = tp.lineHeight(ui) * RowFactor;
    const double pad = row * 0.25;
    if (!m_scene || m_scene->queues().empty()) {
        tp.draw(QRectF(rect()).adjusted(pad, pad, -pad, -pad), m_placeholder, ui, theme.mutedText,
                Qt::AlignCenter);
        return;
    }

    // The queue on one row: its label, then one slot per place (items in order, front first).
    const stage::QueueView &q = m_scene->queues().front();
    double y = pad;
    const QString head =
        m_queueLabel.arg(q.items.size())
            .arg(q.capacity > 0 ? QString::number(q.capacity) : QStringLiteral("∞"));
    const double slotH = row * 1.2;
    const double headW = tp.draw(QRectF(pad, y, width() - 2 * pad, slotH), head, bold, theme.text);
    const double slotW =
        std::max(tp.width(mono, QStringLiteral("None")), tp.width(mono, QStringLiteral("999"))) +
        pad * 2;
    const double avail = width() - 2 * pad;
    const double slotsLeft = pad + headW + pad;
    const double slotsRoom = width() - pad - slotsLeft;
    const int items = int(q.items.size());
    const int places = q.capacity > 0 ? q.capacity : std::max(items, 1);
    const int fit = std::max(2, int(slotsRoom / slotW));
    const int shown = std::min(places, fit);
    const double w = std::min(slotW, slotsRoom / shown);
    p.setPen(QPen(theme.border, 2));
    p.setBrush(Qt::NoBrush);
    p.drawRect(QRectF(slotsLeft, y, w * shown, slotH));
    for (int i = 0; i < shown; ++i) {
        const QRectF cell(slotsLeft + i * w, y, w, slotH);
        const bool overflow = places > shown && i == shown - 1;
        if (overflow && items > i) {
            tp.draw(cell, QStringLiteral("+%1").arg(items - i), ui, theme.mutedText,
                    Qt::AlignCenter);
            continue;
        }
        if (i >= items)
            continue;
        const bool pill = q.items[i] == QLatin1String("None");
        p.setPen(QPen(pill ? theme.lost : theme.border, pill ? 2 : 1));
        p.setBrush(pill ? theme.background : theme.surface);
        p.drawRoundedRect(cell.adjusted(2, 2, -2, -2), 4, 4);
        tp.draw(cell, q.items[i], mono, pill ? theme.lost : theme.text, Qt::AlignCenter);
    }
    y += slotH + pad;
    const bool pills = q.items.contains(QStringLiteral("None"));

    // One chip per thread: full words when they fit, else a verb and the page; with more threads
    // than that fits, one chip per activity with its count, so every state is still in words.
    const auto &workers = m_scene->workers();
    const int n = int(workers.size());
    m_hidden = 0;
    if (n == 0)
        return;
    struct Chip
    {
        stage::WorkerState state;
        QString text;
        QString name; ///< the first thread's
        int count = 1;
    };
    const auto chipsAt = [&](ChipDetail detail) {
        QList<Chip> chips;
        for (int id = 0; id < n; ++id) {
            const stage::WorkerView &wv = workers[std::size_t(id)];
            const QString what = m_activity ? m_activity(*m_scene, id, detail) : QString();
            if (detail != ChipDetail::Grouped) {
                chips.append(
                    {wv.state, what.isEmpty() ? wv.name : wv.name + QLatin1Char(' ') + what});
                continue;
            }
            auto same = std::find_if(chips.begin(), chips.end(), [&](const Chip &c) {
                return c.state == wv.state && c.text == what;
            });
            if (same != chips.end())
                ++same->count;
            else
                chips.append({wv.state, what, wv.name});
        }
        return chips;
    };
    const double chipH = row * 0.95;
    const double gap = pad * 0.5;
    const double roomRows = std::max(1.0, std::floor((height() - y - pad + gap) / (chipH + gap)));
    // A chip: inset, the state's glyph, a gap, the text, inset, each measured in the chip's font.
    double glyphW = 0;
    for (const stage::WorkerView &wv : workers)
        glyphW = std::max(glyphW, tp.width(ui, widgets::stateGlyph(wv.state)));
    const double frame = glyphW + pad * 1.5;
    QList<Chip> chips;
    int cols = 1;
    double chipW = 0;
    for (ChipDetail detail : {ChipDetail::Full, ChipDetail::Brief, ChipDetail::Grouped}) {
        m_detail = detail;
        chips = chipsAt(detail);
        if (detail == ChipDetail::Grouped)
            for (Chip &c : chips) // one thread alone goes by its name
                c.text = c.count > 1 ? QStringLiteral("%1 ×%2").arg(c.text).arg(c.count)
                                     : c.name + QLatin1Char(' ') + c.text;
        chipW = 0;
        for (const Chip &c : chips)
            chipW = std::max(chipW, tp.width(ui, c.text) + frame);
        cols = std::max(1, int((avail + gap) / (chipW + gap)));
        const int rows = (int(chips.size()) + cols - 1) / cols;
        if (rows <= roomRows && chipW <= avail)
            break;
    }
    chipW = std::min(avail, std::max(chipW, (avail + gap) / cols - gap)); // share the width out
    // More chips than rows: the last place says how many threads are not drawn.
    const int room = int(roomRows) * cols;
    const int count = int(chips.size());
    const int drawn = count > room ? room - 1 : count;
    for (int i = drawn; i < count; ++i)
        m_hidden += chips[i].count;
    double bottom = y;
    for (int i = 0; i <= drawn && i < count; ++i) {
        const int r = i / cols, c = i % cols;
        const QRectF chip(pad + c * (chipW + gap), y + r * (chipH + gap), chipW, chipH);
        bottom = chip.bottom();
        if (i == drawn) {
            tp.draw(chip, QStringLiteral("+%1").arg(m_hidden), ui, theme.text, Qt::AlignCenter);
            break;
        }
        const stage::WorkerState state = chips[i].state;
        p.setPen(QPen(theme.border, 1));
        p.setBrush(theme.stateColor(state));
        p.drawRoundedRect(chip, 4, 4);
        const QColor ink = theme.stateTextColor(state);
        const QRectF glyphBox(chip.left() + pad * 0.5, chip.top(), glyphW, chip.height());
        tp.draw(glyphBox, widgets::stateGlyph(state), ui, ink, Qt::AlignCenter);
        const QRectF textBox(glyphBox.right() + pad * 0.5, chip.top(),
                             chip.right() - glyphBox.right() - pad, chip.height());
        tp.draw(textBox, chips[i].text, ui, ink);
    }
    // What a None in the queue means, where there is a row left for it.
    if (pills && bottom + gap + row <= height())
        tp.draw(QRectF(pad, bottom + gap, avail, row), m_pill, ui, theme.lost);
}

} // namespace crawler
