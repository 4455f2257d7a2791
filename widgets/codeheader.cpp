#include "codeheader.h"

#include "textpainter.h"
#include "theme.h"
#include "tr.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QWidget>
#include <algorithm>

namespace widgets {

namespace {
/// A tab's margins around its name: 2 px of frame and 6 px of air on each side.
constexpr double TabPadding = 16;
} // namespace

QString CodeHeader::toggleText()
{
    return Tr::tr("Checkpoint calls");
}

void CodeHeader::layOut(const QWidget *view, const QList<stage::CodeListing> &listings,
                        bool withToggle, double baseRow)
{
    const Theme &theme = Theme::current();
    m_view = view;
    m_toggle = QRectF();
    m_tabs = QRectF(
        0, 0, view->width(),
        TextPainter::rowHeight(view, {TextPainter::font(1, true)}, theme.minimumPointSize()) / 0.7);
    m_tabs.setHeight(std::max(m_tabs.height(), baseRow * 1.3));
    m_bottom = m_tabs.bottom();
    // Each tab as wide as its name needs: "Python: target, args" beside "C++" must not be cut
    // to an equal share.
    const QFontMetricsF tabFm(TextPainter::font(theme.basePointSize(), true), view);
    m_natural.clear();
    for (const stage::CodeListing &listing : listings)
        m_natural.push_back(tabFm.horizontalAdvance(listing.language().isEmpty()
                                                        ? Tr::tr("Code")
                                                        : listing.language()) +
                            TabPadding);
    if (withToggle) {
        // The switch sits right of the tabs, or on a row of its own under them when both do
        // not fit side by side: never elided.
        const QFont font = TextPainter::font(theme.minimumPointSize());
        const QFontMetricsF fm(font, view);
        const double w = std::min(fm.ascent() * 1.4 + fm.horizontalAdvance(toggleText()) + 12,
                                  double(view->width()));
        double tabsW = 0;
        for (double t : m_natural)
            tabsW += t;
        if (tabsW + w <= view->width()) {
            m_toggle = QRectF(m_tabs.right() - w, m_tabs.top() + 2, w, m_tabs.height() - 4);
        } else {
            const double rowH = TextPainter::rowHeight(view, {font}, theme.minimumPointSize());
            m_toggle = QRectF(view->width() - w, m_tabs.bottom() + 2, w, rowH + 4);
            m_bottom = m_toggle.bottom() + 2;
        }
    }
}

QRectF CodeHeader::tabRect(int index, int count) const
{
    const int n = std::max(1, count);
    const double room = m_toggle.isEmpty() || m_toggle.top() >= m_tabs.bottom()
                            ? m_tabs.width()
                            : m_toggle.left() - m_tabs.left();
    if (int(m_natural.size()) != n) { // not laid out for these listings: equal shares
        const double w = std::min(room / n, m_tabs.width() * 0.34);
        return QRectF(m_tabs.left() + index * w, m_tabs.top(), w, m_tabs.height());
    }
    // Room to spare is shared out evenly (a tab no wider than a third of the row unless its
    // name needs it); too little, and every tab gives up the same share of its name's width
    // (paint() then draws the names smaller, never cut).
    double natural = 0;
    for (double t : m_natural)
        natural += t;
    const double extra = std::max(0.0, room - natural) / n;
    // Only the names shrink, not the padding, so every name keeps the same share of its need.
    const double names = natural - n * TabPadding;
    const double scale =
        natural > room && names > 0 ? std::max(0.0, room - n * TabPadding) / names : 1.0;
    const auto width = [&](int i) {
        const double t = m_natural[std::size_t(i)];
        return scale < 1.0 ? TabPadding + (t - TabPadding) * scale
                           : std::max(t, std::min(t + extra, m_tabs.width() * 0.34));
    };
    double left = m_tabs.left();
    for (int i = 0; i < index; ++i)
        left += width(i);
    return QRectF(left, m_tabs.top(), width(index), m_tabs.height());
}

void CodeHeader::paint(QPainter &p, TextPainter &tp, const QList<stage::CodeListing> &listings,
                       int current, bool shown) const
{
    const Theme &theme = Theme::current();
    double tabPt = tp.fitHeight(TextPainter::font(theme.basePointSize()), m_tabs.height() * 0.7,
                                theme.minimumPointSize(), theme.basePointSize());
    // One size for every tab, small enough for the tightest name to fit its tab whole.
    for (int i = 0; i < listings.size(); ++i) {
        const QString name =
            listings[i].language().isEmpty() ? Tr::tr("Code") : listings[i].language();
        const double room = tabRect(i, int(listings.size())).width() - TabPadding;
        const double need =
            QFontMetricsF(TextPainter::font(tabPt, true), m_view).horizontalAdvance(name);
        if (need > room && need > 0)
            tabPt = std::max(theme.minimumPointSize(), tabPt * room / need);
    }
    for (int i = 0; i < listings.size(); ++i) {
        const QRectF r = tabRect(i, int(listings.size())).adjusted(2, 2, -2, 0);
        const bool isCurrent = i == current;
        p.setPen(Qt::NoPen);
        p.setBrush(isCurrent ? theme.surface : theme.background);
        p.drawRect(r);
        if (isCurrent)
            p.fillRect(QRectF(r.left(), r.bottom() - 4, r.width(), 4), theme.accent);
        const QString name =
            listings[i].language().isEmpty() ? Tr::tr("Code") : listings[i].language();
        tp.draw(r.adjusted(6, 0, -6, -4), name, TextPainter::font(tabPt, isCurrent),
                isCurrent ? theme.text : theme.mutedText, Qt::AlignCenter);
    }

    if (!m_toggle.isEmpty()) {
        // The switch: a framed button-like chip, so it reads as something to click.
        // A check box drawn like the theme's: ticked while the checkpoint calls are shown.
        const QFont font = TextPainter::font(theme.minimumPointSize());
        const double box = QFontMetricsF(font, m_view).ascent();
        const QRectF square(m_toggle.left() + 4, m_toggle.center().y() - box / 2, box, box);
        p.setPen(QPen(theme.text, 2.0));
        p.setBrush(theme.surface);
        p.drawRoundedRect(square, 2, 2);
        if (shown) {
            QPainterPath tick;
            tick.moveTo(square.left() + box * 0.2, square.top() + box * 0.52);
            tick.lineTo(square.left() + box * 0.42, square.top() + box * 0.74);
            tick.lineTo(square.left() + box * 0.8, square.top() + box * 0.28);
            p.setPen(QPen(theme.text, 2.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p.setBrush(Qt::NoBrush);
            p.drawPath(tick);
        }
        tp.draw(QRectF(square.right() + box * 0.4, m_toggle.top(),
                       m_toggle.right() - square.right() - box * 0.4, m_toggle.height()),
                toggleText(), font, theme.text, Qt::AlignLeft | Qt::AlignVCenter);
    }
}

} // namespace widgets
