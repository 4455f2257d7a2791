#include "skeletondemo.h"

#include <QElapsedTimer>

namespace skeleton {

QStringList SkeletonDemo::stepNames()
{
    return {QStringLiteral("tick")};
}

SkeletonDemo::SkeletonDemo(const CountOptions &options)
    : m_options(options), m_stage(std::make_unique<stage::Stage>())
{
    m_stage->setSteps(stepNames());
    for (int t = 0; t < m_options.workers; ++t)
        m_stage->addWorker(QStringLiteral("T%1").arg(t + 1),
                           [k = m_options.steps](stage::Worker &w) { count(w, k); });
}

SkeletonDemo::~SkeletonDemo()
{
    m_stage->stop();
}

// The listing shown as "C++" in the lesson is cut from here: this is the code that runs.
// @listing-begin
void SkeletonDemo::count(stage::Worker &w, std::int64_t steps)
{
    for (std::int64_t i = 0; i < steps; ++i)
        w.at(0, {{"i", i}}); // one visible step // @step tick
    w.finish({{"i", steps}});
}
// @listing-end

double runCount(const CountOptions &options)
{
    SkeletonDemo demo(options);
    demo.stage().setPacing(stage::Pacing::FullSpeed);
    QElapsedTimer timer;
    timer.start();
    demo.stage().start();
    demo.stage().wait();
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace skeleton
