#include "sweeptab.h"

#include "pool/sweepchart.h"
#include "pool/tr.h"

#include <QPushButton>
#include <QVBoxLayout>

namespace pool {

SweepTab::SweepTab(QWidget *parent) : QWidget(parent)
{
    m_sweep = new QPushButton(this);
    m_chart = new SweepChart(this);
    m_chart->setMinimumSize(1, 1); // the tab gives it the column's height; no floor of its own
    // The button is the panel's to place (beside the tabs): a row of its own was plot rows.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_chart, 1);
    connect(m_sweep, &QPushButton::clicked, this, &SweepTab::sweepRequested);
    retranslate();
}

SweepTab::~SweepTab()
{
    m_sweeper.stop();
}

void SweepTab::stop()
{
    m_sweeper.stop();
    m_sweeping = false;
    m_sweep->setEnabled(true);
}

void SweepTab::start(const QString &src, qint64 chunk)
{
    m_points.clear();
    m_chart->setPoints(m_points);
    m_sweeping = true;
    m_sweep->setEnabled(false);
    emit statusChanged(Tr::tr("Timing the copy with 1, 2, 5, 10, 20, 50 and 100 worker "
                              "processes, then threads…"));
    m_sweeper.start(src, chunk, [this](const SweepPoint &point, bool done) {
        // Back on the GUI thread; dropped if the tab is gone (it stops the sweep first).
        QMetaObject::invokeMethod(
            this,
            [this, point, done] {
                if (done) {
                    m_sweeping = false;
                    m_sweep->setEnabled(true);
                    double best = 0;
                    int bestN = 0;
                    for (const SweepPoint &p : m_points)
                        if (p.kind == Kind::Process && (bestN == 0 || p.elapsedMs < best))
                            best = p.elapsedMs, bestN = p.workers;
                    if (bestN > 0)
                        emit statusChanged(Tr::tr("Sweep done: the process pool was fastest "
                                                  "with %n worker(s) (%1 ms).",
                                                  "", bestN)
                                               .arg(best, 0, 'f', 0));
                    return;
                }
                m_points.push_back(point);
                m_chart->setPoints(m_points);
            },
            Qt::QueuedConnection);
    });
}

void SweepTab::retranslate()
{
    m_sweep->setText(Tr::tr("&Time N = 1 … 100 workers"));
    m_chart->setAccessibleName(Tr::tr("Copy time against pool size"));
}

} // namespace pool
