#include "sweepchart.h"

#include "pool/tr.h"
#include "widgets/textpainter.h"
#include "widgets/theme.h"
#include "widgets/titlelines.h"

#include <QEvent>
#include <QGraphicsLayout>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPen>
#include <algorithm>
#include <cmath>

namespace pool {

// The chart is handed to QChartView's constructor: its default constructor makes a chart of its
// own, which setChart() would let go of without deleting (LeakSanitizer found it).
SweepChart::SweepChart(QWidget *parent) : QChartView(new QChart, parent)
{
    QChart *chart = this->chart();
    m_process = new QLineSeries;
    m_thread = new QLineSeries;
    m_startup = new QLineSeries;
    m_axisX = new QLogValueAxis;
    m_axisX->setBase(10);
    m_axisX->setRange(1, 100);
    m_axisX->setLabelFormat(QStringLiteral("%g"));
    m_axisX->setMinorTickCount(8);
    // Log times too: the thread pool's tenths of a second under the process pool's tens of
    // seconds at N = 100 were a flat line on the floor of a linear axis.
    m_axisY = new QLogValueAxis;
    m_axisY->setBase(10);
    m_axisY->setLabelFormat(QStringLiteral("%g"));
    m_axisY->setMinorTickCount(8);
    m_axisY->setRange(1, 10);
    chart->addAxis(m_axisX, Qt::AlignBottom);
    chart->addAxis(m_axisY, Qt::AlignLeft);
    for (QLineSeries *s : {m_process, m_thread, m_startup}) {
        s->setPointsVisible(true);
        chart->addSeries(s);
        s->attachAxis(m_axisX);
        s->attachAxis(m_axisY);
    }
    chart->legend()->setAlignment(Qt::AlignBottom); // beside, it took a third of the width
    // QChart's own margins (20 px a side and a frame) are a projector's plot rows; the right
    // one keeps room for the last label, centred on the plot's edge (retranslate()).
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    setFrameShape(QFrame::NoFrame);
    setRenderHint(QPainter::Antialiasing);
    connect(chart, &QChart::plotAreaChanged, this, &SweepChart::fitTitles);
    retranslate();
}

void SweepChart::setPoints(const std::vector<SweepPoint> &points)
{
    m_points = points;
    std::vector<SweepPoint> sorted = points;
    std::sort(sorted.begin(), sorted.end(),
              [](const SweepPoint &a, const SweepPoint &b) { return a.workers < b.workers; });
    QList<QPointF> process, thread, startup;
    // A log axis has no 0: a time under a millisecond is drawn at 1 ms.
    const auto ms = [](double v) { return std::max(1.0, v); };
    double lo = 0, hi = 0;
    for (const SweepPoint &p : sorted) {
        (p.kind == Kind::Process ? process : thread).append(QPointF(p.workers, ms(p.elapsedMs)));
        if (p.kind == Kind::Process)
            startup.append(QPointF(p.workers, ms(p.startupMs)));
        for (double v : {ms(p.elapsedMs), p.kind == Kind::Process ? ms(p.startupMs) : 0.0}) {
            if (v > 0) {
                lo = lo == 0 ? v : std::min(lo, v);
                hi = std::max(hi, v);
            }
        }
    }
    m_process->replace(process);
    m_thread->replace(thread);
    m_startup->replace(startup);
    // Whole decades: every label a round 1, 10, 100, 1000 …
    const double from = hi > 0 ? std::pow(10.0, std::floor(std::log10(lo))) : 1;
    const double to = hi > 0 ? std::pow(10.0, std::ceil(std::log10(hi))) : 10;
    m_axisY->setRange(from, std::max(to, from * 10));
}

void SweepChart::retranslate()
{
    const widgets::Theme &theme = widgets::Theme::current();
    m_process->setName(Tr::tr("process pool"));
    m_thread->setName(Tr::tr("thread pool"));
    m_startup->setName(Tr::tr("starting the processes"));
    QPen pen(theme.workerColor(0), 3);
    m_process->setPen(pen);
    pen.setColor(theme.workerColor(1));
    m_thread->setPen(pen);
    // Its own colour as well as dashes: the legend draws each line as a plain colour swatch.
    pen.setColor(theme.workerColor(6)); // reddish purple: apart from orange and sky blue
    pen.setStyle(Qt::DashLine);
    m_startup->setPen(pen);
    const QFont small = widgets::TextPainter::font(theme.minimumPointSize());
    chart()->legend()->setFont(small);
    chart()->legend()->setLabelColor(theme.text);
    for (QAbstractAxis *axis :
         {static_cast<QAbstractAxis *>(m_axisX), static_cast<QAbstractAxis *>(m_axisY)}) {
        axis->setLabelsFont(small);
        axis->setLabelsColor(theme.text);
        axis->setTitleFont(small);
        axis->setTitleBrush(theme.mutedText);
        axis->setGridLineColor(theme.border);
    }
    fitTitles();
    const QFontMetricsF fm(small, this);
    chart()->setMargins(
        QMargins(0, 0, int(std::ceil(fm.horizontalAdvance(QStringLiteral("100")))), 0));
    chart()->setBackgroundBrush(theme.background);
    chart()->setBackgroundRoundness(0);
    setBackgroundBrush(theme.background);
}

void SweepChart::fitTitles()
{
    // Qt Charts cuts a title longer than its side of the plot to "..." (zoomed to 200 % on a
    // projector, "ms (lo..."): one that does not fit breaks into lines instead.
    const QRectF plot = chart()->plotArea();
    const QFont font = m_axisY->titleFont();
    m_axisX->setTitleText(widgets::titleLines(Tr::tr("workers N (log scale)"), font, plot.width()));
    m_axisY->setTitleText(widgets::titleLines(Tr::tr("ms (log scale)"), font, plot.height()));
}

void SweepChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange ||
        event->type() == QEvent::PaletteChange)
        retranslate();
    QChartView::changeEvent(event);
}

} // namespace pool
