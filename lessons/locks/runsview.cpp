#include "runsview.h"

#include "locks/tr.h"
#include "widgets/theme.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

namespace locks {

namespace {

QFont textFont(bool bold = false)
{
    return widgets::TextPainter::font(widgets::Theme::current().minimumPointSize(), bold);
}

} // namespace

RunsView::RunsView(QWidget *parent) : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(Tr::tr("Runs"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void RunsView::setRuns(const std::deque<RunRecord> &runs)
{
    m_runs = runs;
    updateGeometry(); // a longer number widens its column
    update();
}

QStringList RunsView::header() const
{
    return {Tr::tr("Run"),  Tr::tr("Threads"), Tr::tr("Increments"),
            Tr::tr("Lock"), Tr::tr("Lost"),    Tr::tr("ms")};
}

QList<QStringList> RunsView::cells() const
{
    const QLocale loc;
    QList<QStringList> rows;
    for (const RunRecord &r : m_runs)
        rows << QStringList{QStringLiteral("#%1").arg(r.number),
                            loc.toString(r.options.threads),
                            loc.toString(qlonglong(r.options.iterations)),
                            r.options.lock ? Tr::tr("on") : Tr::tr("off"),
                            loc.toString(qlonglong(r.lost)),
                            loc.toString(r.elapsedMs, 'f', r.elapsedMs < 100 ? 2 : 0)};
    return rows;
}

QList<QStringList> RunsView::listLines() const
{
    // Narrow: each run on two lines, so the table costs rows rather than the timeline's width.
    const QList<QStringList> table = cells();
    QList<QStringList> out;
    for (std::size_t i = 0; i < m_runs.size(); ++i) {
        const QStringList &c = table.at(int(i));
        out << QStringList{Tr::tr("%1: %2 × %3, lock %4").arg(c.at(0), c.at(1), c.at(2), c.at(3)),
                           Tr::tr("%1 lost, %2 ms").arg(c.at(4), c.at(5))};
    }
    return out;
}

double RunsView::tableWidth() const
{
    const QFontMetricsF fm(textFont(), this);
    double w = 2 * fm.horizontalAdvance(QLatin1Char('x'));
    for (double c : columnWidths())
        w += c;
    return w;
}

QList<double> RunsView::columnWidths() const
{
    // Bold for all: the newest row is bold, and a column must hold it whole.
    const QFontMetricsF fm(textFont(true), this);
    const double gap = fm.horizontalAdvance(QStringLiteral("xx"));
    const QStringList head = header();
    QList<double> widths;
    for (const QString &h : head)
        widths << fm.horizontalAdvance(h) + gap;
    for (const QStringList &row : cells())
        for (int c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], fm.horizontalAdvance(row.at(c)) + gap);
    return widths;
}

double RunsView::rowHeight() const
{
    return widgets::TextPainter::rowHeight(this, {textFont(true)},
                                           widgets::Theme::current().minimumPointSize()) *
           1.1;
}

QSize RunsView::sizeHint() const
{
    // A table when there is the width for it; two rows per run when there is not.
    return QSize(int(std::ceil(tableWidth())) + 1, int(std::ceil(rowHeight() * 5)));
}

QSize RunsView::minimumSizeHint() const
{
    const QFontMetricsF fm(textFont(true), this);
    const double pad = fm.horizontalAdvance(QLatin1Char('x'));
    double w = pad * 14; // the placeholder wraps into this
    for (const QStringList &lines : listLines())
        for (const QString &l : lines)
            w = std::max(w, fm.horizontalAdvance(l));
    return QSize(int(std::ceil(w + 2 * pad)) + 1, int(std::ceil(rowHeight() * 2 + pad)) + 1);
}

void RunsView::paintEvent(QPaintEvent *)
{
    const widgets::Theme &theme = widgets::Theme::current();
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), theme.background);
    p.setPen(QPen(theme.border, 1.0));
    p.setBrush(theme.surface);
    p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    m_drawn.clear();
    widgets::TextPainter tp(&p, &m_drawn);

    const QFont font = textFont();
    const QFont bold = textFont(true);
    const double pad = QFontMetricsF(font, this).horizontalAdvance(QLatin1Char('x'));
    const double rowH = rowHeight();
    const QRectF inner = QRectF(rect()).adjusted(pad, pad * 0.5, -pad, -pad * 0.5);
    const QList<QStringList> rows = cells();
    if (rows.isEmpty()) {
        const QStringList lines = widgets::TextPainter::wrapWords(
            Tr::tr("Finished runs are listed here."), QFontMetricsF(font, this), inner.width());
        const double top = inner.center().y() - lines.size() * rowH / 2;
        for (int r = 0; r < lines.size(); ++r)
            tp.draw(QRectF(inner.left(), top + r * rowH, inner.width(), rowH), lines.at(r), font,
                    theme.mutedText, Qt::AlignCenter);
        return;
    }
    if (width() < tableWidth()) {
        // Newest at the bottom, two rows a run, as many runs as fit.
        const QList<QStringList> lines = listLines();
        const int fit = std::max(1, int(inner.height() / (2 * rowH)));
        const int first = std::max(0, int(lines.size()) - fit);
        double y = inner.top();
        for (int i = first; i < lines.size(); ++i) {
            const bool newest = i == lines.size() - 1;
            const QFont &f = newest ? bold : font;
            tp.draw(QRectF(inner.left(), y, inner.width(), rowH), lines.at(i).at(0), f, theme.text);
            tp.draw(QRectF(inner.left(), y + rowH, inner.width(), rowH), lines.at(i).at(1), f,
                    m_runs[std::size_t(i)].lost > 0 ? theme.lost : theme.text);
            y += 2 * rowH;
        }
        return;
    }
    const QList<double> widths = columnWidths();
    // Spare width goes between the columns, so the numbers do not huddle on the left.
    double total = 0;
    for (double c : widths)
        total += c;
    const double spare = std::max(0.0, inner.width() - total) / double(widths.size());

    auto drawRow = [&](double y, const QStringList &row, const QFont &f, const QColor &color,
                       const QColor &lostColor) {
        double x = inner.left();
        for (int c = 0; c < row.size(); ++c) {
            const double w = widths.at(c) + spare;
            // Numbers right-aligned under each other; the run number and "on/off" left.
            const Qt::Alignment align = (c == 0 || c == 3) ? Qt::AlignLeft : Qt::AlignRight;
            tp.draw(QRectF(x, y, w - pad, rowH), row.at(c), f, c == 4 ? lostColor : color,
                    align | Qt::AlignVCenter);
            x += w;
        }
    };
    drawRow(inner.top(), header(), bold, theme.mutedText, theme.mutedText);
    p.setPen(QPen(theme.border, 1.0));
    p.drawLine(QPointF(inner.left(), inner.top() + rowH),
               QPointF(inner.right(), inner.top() + rowH));
    // Newest at the bottom of the rows that fit.
    const int fit = std::max(1, int((inner.height() - rowH) / rowH));
    const int first = std::max(0, int(rows.size()) - fit);
    for (int i = first; i < rows.size(); ++i) {
        const bool newest = i == rows.size() - 1;
        const bool lost = m_runs[std::size_t(i)].lost > 0;
        drawRow(inner.top() + rowH * (1 + i - first), rows.at(i), newest ? bold : font, theme.text,
                lost ? theme.lost : theme.text);
    }
}

void RunsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(Tr::tr("Runs"));
        updateGeometry();
        update();
    }
    QWidget::changeEvent(event);
}

} // namespace locks
