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
    const QFontMetricsF fm(TextPainter::font(Theme::current().minimumPointSize()), this);
    return QSize(int(fm.averageCharWidth() * 30), int(fm.height() * RowFactor * 4.5));
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

    // The queue: its label, then one slot per place (items in order, front first).
    const stage::QueueView &q = m_scene->queues().front();
    double y = pad;
    const QString head =
        m_queueLabel.arg(q.items.size())
            .arg(q.capacity > 0 ? QString::number(q.capacity) : QStringLiteral("∞"));
    tp.draw(QRectF(pad, y, width() - 2 * pad, row), head, bold, theme.text);
    y += row;
    const double slotH = row * 1.2;
    const double slotW =
        std::max(tp.width(mono, QStringLiteral("None")), tp.width(mono, QStringLiteral("999"))) +
        pad * 2;
    const double avail = width() - 2 * pad;
    const int items = int(q.items.size());
    const int places = q.capacity > 0 ? q.capacity : std::max(items, 1);
    const int fit = std::max(2, int(avail / slotW));
    const int shown = std::min(places, fit);
    const double w = std::min(slotW, avail / shown);
    p.setPen(QPen(theme.border, 2));
    p.setBrush(Qt::NoBrush);
    p.drawRect(QRectF(pad, y, w * shown, slotH));
    for (int i = 0; i < shown; ++i) {
        const QRectF cell(pad + i * w, y, w, slotH);
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
    if (items > 0 && q.items.contains(QStringLiteral("None"))) {
        tp.draw(QRectF(pad, y, avail, row), m_pill, ui, theme.lost);
        y += row;
    }

    // One chip per thread: full words when they fit, else name and glyph only.
    const auto &workers = m_scene->workers();
    const int n = int(workers.size());
    if (n == 0)
        return;
    double fullW = 0;
    for (int id = 0; id < n; ++id) {
        const QString text = workers[std::size_t(id)].name + QStringLiteral(" ") +
                             (m_activity ? m_activity(*m_scene, id) : QString());
        fullW = std::max(fullW, tp.width(ui, text) + row * 1.2);
    }
    const double chipH = row;
    const double gap = pad * 0.6;
    const auto rowsFor = [&](double cw) {
        const int cols = std::max(1, int((avail + gap) / (cw + gap)));
        return std::pair<int, int>(cols, (n + cols - 1) / cols);
    };
    const double roomRows = std::floor((height() - y - pad + gap) / (chipH + gap));
    auto [cols, rows] = rowsFor(fullW);
    m_fullChips = rows <= roomRows && fullW <= avail;
    double chipW = fullW;
    if (!m_fullChips) {
        double shortW = 0;
        for (const stage::WorkerView &wv : workers)
            shortW = std::max(shortW, tp.width(ui, wv.name) + row * 1.4);
        chipW = shortW;
        std::tie(cols, rows) = rowsFor(chipW);
    } else {
        chipW = std::min(avail, (avail + gap) / cols - gap); // share the width out
    }
    for (int id = 0; id < n; ++id) {
        const int r = id / cols, c = id % cols;
        const QRectF chip(pad + c * (chipW + gap), y + r * (chipH + gap), chipW, chipH);
        if (chip.bottom() > height())
            break;
        const stage::WorkerView &wv = workers[std::size_t(id)];
        p.setPen(QPen(theme.border, 1));
        p.setBrush(theme.stateColor(wv.state));
        p.drawRoundedRect(chip, 4, 4);
        const QColor ink = theme.stateTextColor(wv.state);
        const QRectF glyphBox(chip.left() + pad * 0.5, chip.top(), row * 0.8, chip.height());
        tp.draw(glyphBox, widgets::stateGlyph(wv.state), ui, ink, Qt::AlignCenter);
        const QRectF textBox(glyphBox.right(), chip.top(),
                             chip.right() - glyphBox.right() - pad * 0.5, chip.height());
        const QString text = m_fullChips && m_activity
                                 ? wv.name + QStringLiteral(" ") + m_activity(*m_scene, id)
                                 : wv.name;
        tp.draw(textBox, text, ui, ink);
    }
}

} // namespace crawler
