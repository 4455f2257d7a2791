#include "creationchart.h"

#include "threads/tr.h"
#include "widgets/textpainter.h"
#include "widgets/theme.h"
#include "widgets/titlelines.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QEvent>
#include <QFontMetricsF>
#include <QLogValueAxis>
#include <algorithm>
#include <cmath>

namespace threads {

CreationChart::CreationChart(QWidget *parent) : QChartView(parent)
{
    auto *chart = new QChart;
    m_threads = new QBarSet(QString());
    m_processes = new QBarSet(QString());
    m_series = new QBarSeries;
    m_series->append(m_threads);
    m_series->append(m_processes);
    m_series->setLabelsVisible(true);
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    m_series->setLabelsFormat(QStringLiteral("@value"));
    chart->addSeries(m_series);
    m_axisX = new QBarCategoryAxis;
    m_axisY = new QLogValueAxis;
    m_axisY->setBase(10);
    m_axisY->setLabelFormat(QStringLiteral("%g"));
    chart->addAxis(m_axisX, Qt::AlignBottom);
    chart->addAxis(m_axisY, Qt::AlignLeft);
    m_series->attachAxis(m_axisX);
    m_series->attachAxis(m_axisY);
    chart->legend()->setAlignment(Qt::AlignTop);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    connect(chart, &QChart::plotAreaChanged, this, &CreationChart::fitTitles);
    retranslate();
}

void CreationChart::setPoints(const std::vector<CreationPoint> &points)
{
    m_points = points;
    m_threads->remove(0, m_threads->count());
    m_processes->remove(0, m_processes->count());
    QStringList categories;
    double lo = 1e9, hi = 0;
    for (const CreationPoint &p : points) {
        categories.append(QString::number(p.n)); // the axis title says N: short, never elided
        // Rounded for the labels: three significant digits are all a class can read.
        const double t = std::max(0.001, p.threadMs);
        const double pr = std::max(0.001, p.processMs);
        m_threads->append(QString::number(t, 'g', 3).toDouble());
        m_processes->append(QString::number(pr, 'g', 3).toDouble());
        lo = std::min({lo, t, pr});
        hi = std::max({hi, t, pr});
    }
    m_axisX->clear();
    m_axisX->append(categories);
    if (hi > 0) {
        // Whole decades around the data, with room above the tallest bar for its label.
        m_axisY->setRange(std::pow(10.0, std::floor(std::log10(lo))),
                          std::pow(10.0, std::ceil(std::log10(hi * 3))));
    }
}

void CreationChart::retranslate()
{
    const widgets::Theme &theme = widgets::Theme::current();
    m_threads->setLabel(Tr::tr("threads"));
    m_processes->setLabel(Tr::tr("processes"));
    m_threads->setColor(theme.workerColor(1));
    m_processes->setColor(theme.workerColor(0));
    m_threads->setLabelColor(theme.text);
    m_processes->setLabelColor(theme.text);
    const QFont font = widgets::TextPainter::font(theme.basePointSize());
    const QFont small = widgets::TextPainter::font(theme.minimumPointSize());
    m_threads->setLabelFont(small);
    m_processes->setLabelFont(small);
    chart()->legend()->setFont(font);
    chart()->legend()->setLabelColor(theme.text);
    for (QAbstractAxis *axis :
         {static_cast<QAbstractAxis *>(m_axisX), static_cast<QAbstractAxis *>(m_axisY)}) {
        axis->setLabelsFont(font);
        axis->setLabelsColor(theme.text);
        axis->setTitleFont(small);
        axis->setTitleBrush(theme.mutedText);
        axis->setGridLineColor(theme.border);
    }
    fitTitles();
    chart()->setBackgroundBrush(theme.background);
    chart()->setBackgroundRoundness(0);
    setBackgroundBrush(theme.background);
    setPoints(m_points); // category names are translated
}

void CreationChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    // A short chart (a 768-pixel projector) has no room above its bars for their values: the
    // status line says them instead.
    const QFontMetricsF fm(m_threads->labelFont(), this);
    m_series->setLabelsVisible(height() >= fm.height() * 16);
    // A wide, short chart (zoomed in, with the page's whole width) keeps its height for the
    // plot: the legend goes beside it instead of over it.
    chart()->legend()->setAlignment(width() > 2 * height() ? Qt::AlignRight : Qt::AlignTop);
}

void CreationChart::fitTitles()
{
    // Qt Charts cuts a title longer than its side of the plot to "..." (zoomed to 200 % on a
    // projector, a wide short plot: "毫秒（对..."): one that does not fit breaks into lines.
    const QRectF plot = chart()->plotArea();
    const QFont font = m_axisY->titleFont();
    m_axisY->setTitleText(widgets::titleLines(Tr::tr("ms (log)"), font, plot.height()));
    m_axisX->setTitleText(
        widgets::titleLines(Tr::tr("N threads or processes"), font, plot.width()));
}

void CreationChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange ||
        event->type() == QEvent::PaletteChange)
        retranslate();
    QChartView::changeEvent(event);
}

} // namespace threads
