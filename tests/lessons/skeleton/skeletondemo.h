#pragma once

#include "stage/stage.h"

#include <QStringList>
#include <cstdint>
#include <memory>

namespace skeleton {

/// The knobs of one run.
struct CountOptions
{
    int workers = 2;        ///< threads, 1 … MaxWorkers
    std::int64_t steps = 3; ///< steps each, 1 … MaxSteps
};

/// Most threads a run may have.
constexpr int MaxWorkers = 8;
/// Most steps per thread.
constexpr std::int64_t MaxSteps = 1000;

/// The kit's skeleton engine (a copy-me template for a new lesson): N real threads each take K
/// visible steps, nothing shared. Qt Core and the stage only.
class SkeletonDemo
{
public:
    /// Sets the stage up for @p options; nothing runs until start().
    explicit SkeletonDemo(const CountOptions &options);
    /// Stops and joins the workers.
    ~SkeletonDemo();

    /// The stage the workers run on.
    stage::Stage &stage() { return *m_stage; }
    /// The knobs of this run.
    const CountOptions &options() const { return m_options; }
    /// Step names by id (match the `@step` markers of the listings).
    static QStringList stepNames();
    /// The body of one worker: @p steps visible steps (also the child-process worker body).
    static void count(stage::Worker &w, std::int64_t steps);

private:
    CountOptions m_options;
    std::unique_ptr<stage::Stage> m_stage;
};

/// Runs @p options headless at full speed and waits; returns the wall time in ms.
double runCount(const CountOptions &options);

} // namespace skeleton
