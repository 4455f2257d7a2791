#include "codeview.h"

#include "theme.h"
#include "tr.h"

#include <QFontMetricsF>
#include <QMouseEvent>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace widgets {

namespace {

bool isLive(stage::WorkerState s)
{
    return s == stage::WorkerState::Running || s == stage::WorkerState::Ready ||
           s == stage::WorkerState::Blocked;
}

} // namespace

CodeView::CodeView(QWidget *parent) : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void CodeView::setListings(const QList<stage::CodeListing> &listings)
{
    m_listings = listings;
    m_current = listings.isEmpty() ? -1 : 0;
    updateGeometry();
    update();
}

void CodeView::setCurrentListing(int index)
{
    if (index < 0 || index >= m_listings.size() || index == m_current)
        return;
    m_current = index;
    updateGeometry();
    update();
}

void CodeView::setScene(const stage::Scene *scene)
{
    m_scene = scene;
    update();
}

const stage::CodeListing *CodeView::listing() const
{
    return m_current >= 0 && m_current < m_listings.size() ? &m_listings[m_current] : nullptr;
}

int CodeView::markerLine(int worker) const
{
    const stage::CodeListing *l = listing();
    if (!l || !m_scene || worker < 0 || worker >= int(m_scene->workers().size()))
        return -1;
    const stage::WorkerView &w = m_scene->workers()[std::size_t(worker)];
    return isLive(w.state) ? l->lineOf(w.step) : -1;
}

QList<int> CodeView::workersOnLine(int line) const
{
    QList<int> ids;
    if (line < 0 || !m_scene)
        return ids;
    for (int w = 0; w < int(m_scene->workers().size()); ++w) {
        if (markerLine(w) == line)
            ids << w;
    }
    return ids;
}

CodeView::Layout CodeView::layout() const
{
    const Theme &theme = Theme::current();
    const double ppt = pxPerPt(this);
    const double basePx = theme.basePointSize() * ppt;
    const double minPx = theme.minimumPointSize() * ppt;
    const double pad = basePx * 0.3;
    Layout l;
    l.tabs = QRectF(0, 0, width(), basePx * 1.9);
    l.body = QRectF(0, l.tabs.bottom(), width(), std::max(0.0, height() - l.tabs.bottom()));
    const stage::CodeListing *lst = listing();
    const int n = lst ? std::max<int>(1, int(lst->lines().size())) : 1;
    const double body = l.body.height() - pad;
    l.lineH = std::clamp(body / n, minPx * 1.45, basePx * 1.6);
    l.visible = std::max(1, int(std::floor(body / l.lineH)));
    // The mono font's measured height per point (not a guessed 1.3): the text fits its line.
    const double heightPerPt =
        QFontMetricsF(TextPainter::mono(theme.basePointSize()), this).height() /
        theme.basePointSize();
    l.pointSize =
        std::clamp(l.lineH / heightPerPt, theme.minimumPointSize(), theme.basePointSize());

    // Scroll long listings so every marker is visible, or at least the first one.
    int lo = n, hi = -1, maxPerLine = 0;
    for (int line = 0; line < n; ++line) {
        const int k = int(workersOnLine(line).size());
        if (k > 0) {
            lo = std::min(lo, line);
            hi = std::max(hi, line);
            maxPerLine = std::max(maxPerLine, k);
        }
    }
    if (n > l.visible && hi >= 0) {
        const int span = hi - lo + 1;
        const int first = span <= l.visible ? lo - (l.visible - span) / 2 : lo;
        l.first = std::clamp(first, 0, n - l.visible);
    }

    // Reserve room for a few markers even when fewer are shown, so code does not jump sideways;
    // never more than 40 % of the width: a crowded line folds its last markers into "+n".
    const int workers = m_scene ? int(m_scene->workers().size()) : 0;
    const int wanted = std::max({1, std::min(workers, 2), maxPerLine});
    const QFontMetricsF fm(TextPainter::font(l.pointSize, true), this);
    // "+n" only appears when more threads share a line than there are slots.
    double natural = workers > wanted ? fm.horizontalAdvance(QStringLiteral("+16")) : 0.0;
    for (int w = 0; w < workers; ++w)
        natural = std::max(natural, fm.horizontalAdvance(m_scene->workers()[std::size_t(w)].name));
    // Room for the label plus the marker's inset (12 % of the line) and its text margin.
    natural = std::min(natural, fm.horizontalAdvance(QStringLiteral("MMMMM"))) + l.lineH * 0.12 + 8;
    l.markerSlots = std::clamp(int((width() * 0.4 - pad) / natural), 1, wanted);
    l.markerW = natural;
    l.gutterW = l.markerSlots * natural + pad;
    const QFontMetricsF mono(TextPainter::mono(l.pointSize), this);
    l.numberW = mono.horizontalAdvance(QString(QString::number(n).size() + 1, QLatin1Char('8')));
    // Smaller code (down to the minimum) rather than cut-off code: the longest line decides.
    if (lst) {
        double longest = 0;
        for (const QString &line : lst->lines())
            longest = std::max(longest, mono.horizontalAdvance(line));
        const double room = width() - l.gutterW - l.numberW - l.lineH * 0.5 - 6;
        if (longest > room && longest > 0) {
            l.pointSize = std::max(theme.minimumPointSize(), l.pointSize * room / longest);
            l.numberW =
                QFontMetricsF(TextPainter::mono(l.pointSize), this)
                    .horizontalAdvance(QString(QString::number(n).size() + 1, QLatin1Char('8')));
        }
    }
    return l;
}

QRectF CodeView::tabRect(const Layout &l, int index) const
{
    const int n = std::max<int>(1, int(m_listings.size()));
    const double w = std::min(l.tabs.width() / n, l.tabs.width() * 0.34);
    return QRectF(l.tabs.left() + index * w, l.tabs.top(), w, l.tabs.height());
}

QRectF CodeView::markerRectF(const Layout &l, int worker) const
{
    const int line = markerLine(worker);
    if (line < l.first || line >= l.first + l.visible)
        return {};
    const QList<int> here = workersOnLine(line);
    const int k = int(here.indexOf(worker));
    if (here.size() > l.markerSlots && k >= l.markerSlots - 1)
        return {};
    const double pad = l.lineH * 0.06;
    return QRectF(l.body.left() + pad + k * l.markerW,
                  l.body.top() + (line - l.first) * l.lineH + pad, l.markerW - 2 * pad,
                  l.lineH - 2 * pad);
}

QRect CodeView::markerRect(int worker) const
{
    return markerRectF(layout(), worker).toRect();
}

QRect CodeView::lineRect(int line) const
{
    const Layout l = layout();
    if (!listing() || line < l.first || line >= l.first + l.visible ||
        line >= int(listing()->lines().size()))
        return {};
    return QRectF(l.body.left() + l.gutterW, l.body.top() + (line - l.first) * l.lineH,
                  l.body.width() - l.gutterW, l.lineH)
        .toRect();
}

int CodeView::firstVisibleLine() const
{
    return layout().first;
}

QSize CodeView::sizeHint() const
{
    const double basePx = Theme::current().basePointSize() * pxPerPt(this);
    const int n = listing() ? int(listing()->lines().size()) : 8;
    return QSize(int(basePx * 30), int(basePx * (2.2 + 1.4 * std::max(4, n))));
}

QSize CodeView::minimumSizeHint() const
{
    const double minPx = Theme::current().minimumPointSize() * pxPerPt(this);
    return QSize(int(minPx * 20), int(minPx * 1.45 * 6));
}

void CodeView::paintEvent(QPaintEvent *)
{
    const Theme &theme = Theme::current();
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), theme.background);
    m_drawn.clear();
    TextPainter tp(&p, &m_drawn);
    const Layout l = layout();
    const stage::CodeListing *lst = listing();
    if (!lst) {
        tp.draw(rect(), Tr::tr("No code to show"), TextPainter::font(theme.basePointSize()),
                theme.mutedText, Qt::AlignCenter);
        return;
    }

    const double tabPt =
        tp.fitHeight(TextPainter::font(theme.basePointSize()), l.tabs.height() * 0.7,
                     theme.minimumPointSize(), theme.basePointSize());
    for (int i = 0; i < m_listings.size(); ++i) {
        const QRectF r = tabRect(l, i).adjusted(2, 2, -2, 0);
        const bool current = i == m_current;
        p.setPen(Qt::NoPen);
        p.setBrush(current ? theme.surface : theme.background);
        p.drawRect(r);
        if (current)
            p.fillRect(QRectF(r.left(), r.bottom() - 4, r.width(), 4), theme.accent);
        const QString name =
            m_listings[i].language().isEmpty() ? Tr::tr("Code") : m_listings[i].language();
        tp.draw(r.adjusted(6, 0, -6, -4), name, TextPainter::font(tabPt, current),
                current ? theme.text : theme.mutedText, Qt::AlignCenter);
    }

    p.fillRect(l.body, theme.surface);
    const QFont mono = TextPainter::mono(l.pointSize);
    const int last = std::min<int>(l.first + l.visible, int(lst->lines().size()));
    for (int line = l.first; line < last; ++line) {
        const QRectF row(l.body.left() + l.gutterW, l.body.top() + (line - l.first) * l.lineH,
                         l.body.width() - l.gutterW, l.lineH);
        const QList<int> here = workersOnLine(line);
        if (!here.isEmpty())
            p.fillRect(row, theme.lineHighlight(here.first()));
        tp.draw(QRectF(row.left(), row.top(), l.numberW, row.height()), QString::number(line + 1),
                mono, theme.mutedText, Qt::AlignRight | Qt::AlignVCenter);
        const double codeX = row.left() + l.numberW + l.lineH * 0.5;
        tp.draw(QRectF(codeX, row.top(), row.right() - codeX - 4, row.height()), lst->lines()[line],
                mono, theme.text);
    }

    if (!m_scene)
        return;
    const double markerH = l.lineH * 0.88 - 1;
    const QFont markerFont = TextPainter::font(
        std::min(l.pointSize, tp.fitHeight(TextPainter::font(l.pointSize, true), markerH,
                                           theme.minimumPointSize(), l.pointSize)),
        true);
    for (int line = l.first; line < last; ++line) {
        const QList<int> here = workersOnLine(line);
        if (here.size() <= l.markerSlots)
            continue;
        const double pad = l.lineH * 0.06;
        const QRectF r(l.body.left() + pad + (l.markerSlots - 1) * l.markerW,
                       l.body.top() + (line - l.first) * l.lineH + pad, l.markerW - 2 * pad,
                       l.lineH - 2 * pad);
        p.setPen(QPen(theme.text, 1.5));
        p.setBrush(theme.surface);
        p.drawRoundedRect(r, r.height() * 0.2, r.height() * 0.2);
        tp.draw(r.adjusted(2, 0, -2, 0), Tr::tr("+%1").arg(here.size() - (l.markerSlots - 1)),
                markerFont, theme.text, Qt::AlignCenter);
    }
    for (int w = 0; w < int(m_scene->workers().size()); ++w) {
        const QRectF r = markerRectF(l, w);
        if (r.isEmpty())
            continue;
        const QColor fill = theme.workerColor(w);
        m_shapes.draw(p, r,
                      QStringLiteral("marker %1 %2").arg(fill.rgba()).arg(theme.border.rgba()),
                      [&](QPainter &s, const QRectF &box) {
                          s.setPen(QPen(theme.border, 1.0));
                          s.setBrush(fill);
                          s.drawRoundedRect(box, box.height() * 0.2, box.height() * 0.2);
                      });
        tp.draw(r.adjusted(2, 0, -2, 0), m_scene->workers()[std::size_t(w)].name, markerFont,
                theme.workerTextColor(w), Qt::AlignCenter);
    }
}

void CodeView::mousePressEvent(QMouseEvent *event)
{
    const Layout l = layout();
    for (int i = 0; i < m_listings.size(); ++i) {
        if (tabRect(l, i).contains(event->position()) && i != m_current) {
            setCurrentListing(i);
            emit currentListingChanged(i);
            return;
        }
    }
    QWidget::mousePressEvent(event);
}

} // namespace widgets
