#include "skeletonpanel.h"

#include "skeleton/tr.h"
#include "widgets/codeview.h"
#include "widgets/content.h"
#include "widgets/flowlayout.h"
#include "widgets/schedulercontrols.h"
#include "widgets/workerlanesview.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>

namespace skeleton {

SkeletonPanel::SkeletonPanel(QWidget *parent) : StagePanel(QStringLiteral("skeleton"), parent)
{
    auto *page = new QWidget(this);
    m_workersLabel = new QLabel(page);
    m_workers = new QSpinBox(page);
    m_workers->setRange(1, MaxWorkers);
    m_workers->setValue(m_options.workers);
    m_workersLabel->setBuddy(m_workers);
    m_lanes = new widgets::WorkerLanesView(page);
    m_code = new widgets::CodeView(page);

    auto *knobs = new widgets::FlowLayout;
    auto *pair = new QWidget(page);
    auto *row = new QHBoxLayout(pair);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_workersLabel);
    row->addWidget(m_workers);
    knobs->addWidget(pair);
    knobs->addWidget(new widgets::SchedulerControls(&driver(), page));
    auto *views = new QHBoxLayout;
    views->addWidget(m_lanes, 1);
    views->addWidget(m_code, 1);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(knobs);
    layout->addLayout(views, 1);

    const QStringList steps = SkeletonDemo::stepNames();
    const QString python =
        widgets::Content::read(QStringLiteral(":/lessons/skeleton/code/count.py"));
    m_code->setListings(
        {stage::CodeListing(QStringLiteral("Python"), python, steps),
         stage::CodeListing::fromFile(
             QStringLiteral("C++"), QStringLiteral(":/lessons/skeleton/skeletondemo.cpp"), steps)});

    connect(m_workers, &QSpinBox::valueChanged, this, [this](int n) {
        CountOptions o = m_options;
        o.workers = n;
        setOptions(o);
    });
    connect(m_lanes, &widgets::WorkerLanesView::workerClicked, &driver(),
            &widgets::RunDriver::grant);
    connect(&driver(), &widgets::RunDriver::frame, this, [this] {
        m_lanes->setGrantable(driver().grantable());
        m_lanes->setScene(&scene());
        m_code->setScene(&scene());
        m_lanes->update();
        m_code->update();
    });
    connect(&driver(), &widgets::RunDriver::finished, this,
            [this] { emit statusChanged(Tr::tr("Finished: every thread took its steps.")); });
    retranslate();
    setDemo(page, m_code,
            [this] { return widgets::RunDriver::wrap(std::make_unique<SkeletonDemo>(m_options)); });
}

void SkeletonPanel::setOptions(const CountOptions &options)
{
    m_options = options;
    const QSignalBlocker block(m_workers);
    m_workers->setValue(options.workers);
    driver().restart();
}

void SkeletonPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    StagePanel::changeEvent(event);
}

void SkeletonPanel::retranslate()
{
    m_workersLabel->setText(Tr::tr("&Threads:"));
    m_workers->setAccessibleName(Tr::tr("Number of threads"));
    m_workers->setToolTip(Tr::tr("How many real threads take their steps"));
    m_lanes->setAccessibleName(Tr::tr("Threads"));
    m_lanes->setStepLabels({Tr::tr("tick")});
    m_code->setAccessibleName(Tr::tr("Code"));
}

} // namespace skeleton
