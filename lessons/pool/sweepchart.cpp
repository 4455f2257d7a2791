#include "sweepchart.h"

#include "pool/tr.h"
#include "widgets/textpainter.h"
#include "widgets/theme.h"

#include <QEvent>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPen>
#include <QValueAxis>
#include <algorithm>

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
    m_axisY = new QValueAxis;
    m_axisY->setLabelFormat(QStringLiteral("%.0f"));
    m_axisY->setRange(0, 1);
    chart->addAxis(m_axisX, Qt::AlignBottom);
    chart->addAxis(m_axisY, Qt::AlignLeft);
    for (QLineSeries *s : {m_process, m_thread, m_startup}) {
        s->setPointsVisible(true);
        chart->addSeries(s);
        s->attachAxis(m_axisX);
        s->attachAxis(m_axisY);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    setRenderHint(QPainter::Antialiasing);
    retranslate();
}

void SweepChart::setPoints(const std::vector<SweepPoint> &points)
{
    m_points = points;
    std::vector<SweepPoint> sorted = points;
    std::sort(sorted.begin(), sorted.end(),
              [](const SweepPoint &a, const SweepPoint &b) { return a.workers < b.workers; });
    QList<QPointF> process, thread, startup;
    double hi = 0;
    for (const SweepPoint &p : sorted) {
        (p.kind == Kind::Process ? process : thread).append(QPointF(p.workers, p.elapsedMs));
        if (p.kind == Kind::Process)
            startup.append(QPointF(p.workers, p.startupMs));
        hi = std::max(hi, p.elapsedMs);
    }
    m_process->replace(process);
    m_thread->replace(thread);
    m_startup->replace(startup);
    m_axisY->setRange(0, hi > 0 ? hi * 1.1 : 1);
    m_axisY->applyNiceNumbers();
}

void SweepChart::retranslate()
{
    const widgets::Theme &theme = widgets::Theme::current();
    m_process->setName(Tr::tr("process pool"));
    m_thread->setName(Tr::tr("thread pool"));
    m_startup->setName(Tr::tr("starting the processes"));
    m_axisX->setTitleText(Tr::tr("workers N (log scale)"));
    m_axisY->setTitleText(Tr::tr("ms to copy the folder"));
    QPen pen(theme.workerColor(0), 3);
    m_process->setPen(pen);
    pen.setColor(theme.workerColor(1));
    m_thread->setPen(pen);
    pen.setColor(theme.workerColor(0));
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
    chart()->setBackgroundBrush(theme.background);
    chart()->setBackgroundRoundness(0);
    setBackgroundBrush(theme.background);
}

void SweepChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange ||
        event->type() == QEvent::PaletteChange)
        retranslate();
    QChartView::changeEvent(event);
}

} // namespace pool
