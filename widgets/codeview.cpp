#include "codeview.h"

#include "theme.h"
#include "tr.h"

#include <QFontMetricsF>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
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
    m_wrapKey.clear();
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
    return isLive(w.state) ? shownLineOf(w.step) : -1;
}

const QStringList &CodeView::shownLines() const
{
    static const QStringList none;
    const stage::CodeListing *l = listing();
    return l ? l->lines(m_checkpointsShown) : none;
}

int CodeView::shownLineOf(int step) const
{
    const stage::CodeListing *l = listing();
    return l ? l->lineOf(step, m_checkpointsShown) : -1;
}

void CodeView::setCheckpointsShown(bool shown)
{
    if (shown == m_checkpointsShown)
        return;
    m_checkpointsShown = shown;
    updateGeometry();
    update();
    emit checkpointsShownChanged(shown);
}

QRect CodeView::checkpointsToggleRect() const
{
    return layout().head.toggle().toRect();
}

int CodeView::rowsOfLine(int line) const
{
    const Layout l = layout();
    int k = 0;
    for (const Row &r : l.rows)
        k += r.line == line && !r.fold ? 1 : 0;
    return k;
}

void CodeView::wrapRows(Layout &l, double room) const
{
    // Measuring character by character is slow and the layout is asked for many times a
    // frame: the rows are kept until the listing, the size or the room changes.
    const QString key = QStringLiteral("%1 %2 %3 %4")
                            .arg(m_current)
                            .arg(m_checkpointsShown)
                            .arg(l.pointSize, 0, 'f', 3)
                            .arg(room, 0, 'f', 2);
    if (key != m_wrapKey) {
        m_wrapped.wrap(shownLines(), QFontMetricsF(TextPainter::mono(l.pointSize), this), room);
        m_wrapKey = key;
    }
    l.rows = m_wrapped.rows();
    l.rowOfLine = m_wrapped.rowOfLine();
}

QList<bool> CodeView::markedLines(int lineCount) const
{
    QList<bool> marked(lineCount, false);
    for (int line = 0; line < lineCount; ++line)
        marked[line] = !workersOnLine(line).isEmpty();
    return marked;
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
    Q_UNUSED(minPx)
    Q_UNUSED(basePx)
    // Rows as tall as the fonts drawn in them measure (code and numbers in the monospace font,
    // markers in the bold proportional one): other machines have other fonts.
    const QList<QFont> rowFonts{TextPainter::mono(1), TextPainter::font(1, true)};
    const double minRow = TextPainter::rowHeight(this, rowFonts, theme.minimumPointSize());
    const double baseRow = TextPainter::rowHeight(this, rowFonts, theme.basePointSize());
    const double pad = baseRow * 0.25;
    Layout l;
    const stage::CodeListing *lst = listing();
    l.head.layOut(this, m_listings, lst && lst->hasCheckpoints(), baseRow);
    const double headerBottom = l.head.bottom();
    l.body = QRectF(0, headerBottom, width(), std::max(0.0, height() - headerBottom));
    const QStringList &lines = shownLines();
    const int n = lst ? std::max<int>(1, int(lines.size())) : 1;
    const double body = l.body.height() - pad;
    l.lineH = std::clamp(body / n, minRow, baseRow * 1.25);
    l.pointSize = TextPainter::fitHeight(this, rowFonts, l.lineH, theme.minimumPointSize(),
                                         theme.basePointSize());

    // Reserve room for a few markers even when fewer are shown, so code does not jump sideways;
    // never more than 40 % of the width: a crowded line folds its last markers into "+n".
    int maxPerLine = 0;
    for (int line = 0; line < n; ++line)
        maxPerLine = std::max(maxPerLine, int(workersOnLine(line).size()));
    const int workers = m_scene ? int(m_scene->workers().size()) : 0;
    const int wanted = std::max({1, std::min(workers, 2), maxPerLine});
    const auto measureGutter = [&] {
        const QFontMetricsF fm(TextPainter::font(l.pointSize, true), this);
        // "+n" only appears when more threads share a line than there are slots.
        double natural = workers > wanted ? fm.horizontalAdvance(QStringLiteral("+16")) : 0.0;
        for (int w = 0; w < workers; ++w)
            natural =
                std::max(natural, fm.horizontalAdvance(m_scene->workers()[std::size_t(w)].name));
        // Room for the label plus the marker's inset (12 % of the line) and its text margin.
        natural =
            std::min(natural, fm.horizontalAdvance(QStringLiteral("MMMMM"))) + l.lineH * 0.12 + 8;
        l.markerSlots = std::clamp(int((width() * 0.4 - pad) / natural), 1, wanted);
        l.markerW = natural;
        l.gutterW = l.markerSlots * natural + pad;
        l.numberW =
            QFontMetricsF(TextPainter::mono(l.pointSize), this)
                .horizontalAdvance(QString(QString::number(n).size() + 1, QLatin1Char('8')));
        return width() - l.gutterW - l.numberW - l.lineH * 0.5 - 6;
    };
    double room = measureGutter();
    // Smaller code (down to the minimum) rather than wrapped code: the longest line decides.
    double longest = 0;
    for (const QString &line : lines)
        longest = std::max(
            longest, QFontMetricsF(TextPainter::mono(l.pointSize), this).horizontalAdvance(line));
    if (longest > room && longest > 0) {
        l.pointSize = std::max(theme.minimumPointSize(), l.pointSize * room / longest);
        room = measureGutter();
    }
    wrapRows(l, room);
    // Wrapped rows need room too: rows as small as the minimum allows, then wrap again.
    if (l.rows.size() > n) {
        l.lineH = std::clamp(body / double(l.rows.size()), minRow, l.lineH);
        l.pointSize = std::min(l.pointSize, TextPainter::fitHeight(this, rowFonts, l.lineH,
                                                                   theme.minimumPointSize(),
                                                                   theme.basePointSize()));
        room = measureGutter();
        wrapRows(l, room);
    }
    l.visible = std::max(1, int(std::floor(body / l.lineH)));
    const QList<bool> marked = markedLines(int(lines.size()));
    const QList<int> steps = lst ? lst->stepLines(m_checkpointsShown) : QList<int>();
    CodeRows rows(l.rows, l.rowOfLine);
    if (lst)
        rows.fold(l.visible, marked, steps);
    l.rows = rows.rows();
    l.rowOfLine = rows.rowOfLine();

    // Scroll long listings so the loop body (every line a step is on) and every marker stay in
    // view; when they cannot all, the markers win.
    l.first = rows.firstInView(l.visible, marked, steps);
    return l;
}

QRectF CodeView::markerRectF(const Layout &l, int worker) const
{
    const int line = markerLine(worker);
    if (line < 0 || line >= l.rowOfLine.size())
        return {};
    const int row = l.rowOfLine[line];
    if (row < l.first || row >= l.first + l.visible)
        return {};
    const QList<int> here = workersOnLine(line);
    const int k = int(here.indexOf(worker));
    if (here.size() > l.markerSlots && k >= l.markerSlots - 1)
        return {};
    const double pad = l.lineH * 0.06;
    return QRectF(l.body.left() + pad + k * l.markerW,
                  l.body.top() + (row - l.first) * l.lineH + pad, l.markerW - 2 * pad,
                  l.lineH - 2 * pad);
}

QRect CodeView::markerRect(int worker) const
{
    return markerRectF(layout(), worker).toRect();
}

QRectF CodeView::lineRectF(const Layout &l, int line) const
{
    // Every row of the line that is in view (a wrapped line has several).
    QRectF r;
    for (int row = l.first; row < std::min<int>(l.first + l.visible, int(l.rows.size())); ++row)
        if (l.rows[row].line == line && !l.rows[row].fold)
            r |= QRectF(l.body.left() + l.gutterW, l.body.top() + (row - l.first) * l.lineH,
                        l.body.width() - l.gutterW, l.lineH);
    return r;
}

QRect CodeView::lineRect(int line) const
{
    return lineRectF(layout(), line).toRect();
}

int CodeView::firstVisibleLine() const
{
    const Layout l = layout();
    return l.first < l.rows.size() ? l.rows[l.first].line : 0; // a fold: its first line
}

QSize CodeView::sizeHint() const
{
    const double basePx = Theme::current().basePointSize() * pxPerPt(this);
    const int n = listing() ? int(shownLines().size()) : 8;
    return QSize(int(basePx * 30), int(basePx * (2.2 + 1.4 * std::max(4, n))));
}

QSize CodeView::minimumSizeHint() const
{
    const Theme &theme = Theme::current();
    const double minPx = theme.minimumPointSize() * pxPerPt(this);
    const double row = TextPainter::rowHeight(
        this, {TextPainter::mono(1), TextPainter::font(1, true)}, theme.minimumPointSize());
    // The tabs and the loop body at the minimum size (a listing with no steps: six lines).
    int bodyLines = 6;
    if (const stage::CodeListing *l = listing(); l && !l->stepLines(m_checkpointsShown).isEmpty()) {
        const QList<int> lines = l->stepLines(m_checkpointsShown);
        bodyLines = *std::max_element(lines.begin(), lines.end()) -
                    *std::min_element(lines.begin(), lines.end()) + 1;
    }
    return QSize(int(minPx * 20), int(row / 0.7 + row * (bodyLines + 0.5)) + 1);
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

    l.head.paint(p, tp, m_listings, m_current, m_checkpointsShown);
    p.fillRect(l.body, theme.surface);
    const QFont mono = TextPainter::mono(l.pointSize);
    const int last = std::min<int>(l.first + l.visible, int(l.rows.size()));
    for (int r = l.first; r < last; ++r) {
        const Row &rowInfo = l.rows[r];
        const QRectF row(l.body.left() + l.gutterW, l.body.top() + (r - l.first) * l.lineH,
                         l.body.width() - l.gutterW, l.lineH);
        if (rowInfo.fold) {
            // Folded lines: three dots where the code goes, drawn (not the text "…", which
            // would read as a cut line) in the muted colour.
            const double d = std::max(2.0, l.lineH * 0.12);
            const double x0 = row.left() + l.numberW + l.lineH * 0.5 + d;
            p.setPen(Qt::NoPen);
            p.setBrush(theme.mutedText);
            for (int k = 0; k < 3; ++k)
                p.drawEllipse(QPointF(x0 + k * d * 3, row.center().y()), d / 2 + 0.5, d / 2 + 0.5);
            continue;
        }
        const QList<int> here = workersOnLine(rowInfo.line);
        if (!here.isEmpty())
            p.fillRect(row, theme.lineHighlight(here.first()));
        const bool checkpoint = m_checkpointsShown && lst->isCheckpoint(rowInfo.line);
        if (rowInfo.first)
            tp.draw(QRectF(row.left(), row.top(), l.numberW, row.height()),
                    QString::number(rowInfo.line + 1), mono, theme.mutedText,
                    Qt::AlignRight | Qt::AlignVCenter);
        const double codeX = row.left() + l.numberW + l.lineH * 0.5;
        // Checkpoint lines, when shown, in the muted colour: they drive the stage, not the demo.
        tp.draw(QRectF(codeX, row.top(), row.right() - codeX - 4, row.height()), rowInfo.text, mono,
                checkpoint ? theme.mutedText : theme.text);
    }

    if (!m_scene)
        return;
    const double markerH = l.lineH * 0.88 - 1;
    const QFont markerFont = TextPainter::font(
        std::min(l.pointSize, tp.fitHeight(TextPainter::font(l.pointSize, true), markerH,
                                           theme.minimumPointSize(), l.pointSize)),
        true);
    for (int row = l.first; row < last; ++row) {
        const QList<int> here =
            l.rows[row].first && !l.rows[row].fold ? workersOnLine(l.rows[row].line) : QList<int>();
        if (here.size() <= l.markerSlots)
            continue;
        const double pad = l.lineH * 0.06;
        const QRectF r(l.body.left() + pad + (l.markerSlots - 1) * l.markerW,
                       l.body.top() + (row - l.first) * l.lineH + pad, l.markerW - 2 * pad,
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
    if (l.head.toggle().contains(event->position())) {
        setCheckpointsShown(!m_checkpointsShown);
        return;
    }
    for (int i = 0; i < m_listings.size(); ++i) {
        if (l.head.tabRect(i, int(m_listings.size())).contains(event->position()) &&
            i != m_current) {
            setCurrentListing(i);
            emit currentListingChanged(i);
            return;
        }
    }
    QWidget::mousePressEvent(event);
}

} // namespace widgets
