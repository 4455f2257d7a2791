#include "fillchart.h"

#include "crawler/tr.h"
#include "widgets/textpainter.h"
#include "widgets/theme.h"

#include <QEvent>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>

namespace crawler {

FillChart::FillChart(QWidget *parent) : QChartView(parent)
{
    auto *chart = new QChart;
    m_fill = new QLineSeries;
    m_capacity = new QLineSeries;
    chart->addSeries(m_fill);
    chart->addSeries(m_capacity);
    m_axisX = new QValueAxis;
    m_axisY = new QValueAxis;
    m_axisY->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(m_axisX, Qt::AlignBottom);
    chart->addAxis(m_axisY, Qt::AlignLeft);
    for (QLineSeries *s : {m_fill, m_capacity}) {
        s->attachAxis(m_axisX);
        s->attachAxis(m_axisY);
    }
    // No legend: on a 768-pixel projector its row is the chart's. The axis title names the line.
    chart->legend()->hide();
    chart->setMargins(QMargins(2, 2, 2, 2));
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(QFontMetrics(font()).height() * 5);
    retranslate();
    clear();
}

void FillChart::clear()
{
    m_fill->clear();
    m_capacity->clear();
    m_shown = 0;
    m_lastT = -1;
    m_axisX->setRange(0, 1);
    m_axisY->setRange(0, 1);
}

int FillChart::pointCount() const
{
    return int(m_fill->count());
}

void FillChart::setScene(const stage::Scene &scene, int series, int capacity)
{
    if (series < 0 || std::size_t(series) >= scene.series().size())
        return;
    const auto &points = scene.series()[std::size_t(series)].points;
    // The scene thins a long series by dropping every other point: then draw it again.
    const bool thinned =
        points.size() < m_shown || (m_shown > 0 && points[m_shown - 1].first != m_lastT);
    if (!thinned && points.size() == m_shown)
        return;
    QList<QPointF> xy;
    xy.reserve(qsizetype(points.size()) * 2);
    std::int64_t top = std::max(1, capacity);
    double prev = 0;
    for (const auto &[t, v] : points) {
        const double s = double(t) / 1e9;
        if (!xy.isEmpty())
            xy.append(QPointF(s, prev)); // a step: the fill holds until it changes
        xy.append(QPointF(s, double(v)));
        prev = double(v);
        top = std::max(top, v);
    }
    m_fill->replace(xy);
    m_shown = points.size();
    m_lastT = points.empty() ? -1 : points.back().first;
    const double end = std::max(1.0, double(scene.nowNs()) / 1e9);
    m_axisX->setRange(0, end);
    m_axisY->setRange(0, double(top) + 1);
    m_capacity->clear();
    if (capacity > 0)
        m_capacity->append({QPointF(0, capacity), QPointF(end, capacity)});
}

void FillChart::retranslate()
{
    const widgets::Theme &theme = widgets::Theme::current();
    m_fill->setName(Tr::tr("items in the queue"));
    m_capacity->setName(Tr::tr("maxsize (dashed)"));
    // Seconds on the labels themselves: an axis title's row is the plot's on a projector. (The
    // format is printf's, Latin-1 only: the unit stays "s" in every language.)
    m_axisX->setLabelFormat(QStringLiteral("%.1f s"));
    m_axisX->setTickCount(5);
    m_axisY->setTickCount(3);
    QPen fill(theme.workerColor(0));
    fill.setWidthF(3);
    m_fill->setPen(fill);
    QPen cap(theme.lost);
    cap.setWidthF(2);
    cap.setStyle(Qt::DashLine);
    m_capacity->setPen(cap);
    const QFont font = widgets::TextPainter::font(theme.minimumPointSize());
    for (QValueAxis *axis : {m_axisX, m_axisY}) {
        axis->setLabelsFont(font);
        axis->setLabelsColor(theme.text);
        axis->setGridLineColor(theme.border);
    }
    chart()->setBackgroundBrush(theme.background);
    chart()->setBackgroundRoundness(0);
    setBackgroundBrush(theme.background);
}

void FillChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange ||
        event->type() == QEvent::PaletteChange)
        retranslate();
    QChartView::changeEvent(event);
}

} // namespace crawler
