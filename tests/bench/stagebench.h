#pragma once

#include "stage/childruntime.h"

#include <QJsonObject>

namespace bench {

/// Bodies the benchmark's own executable runs in worker mode (`--worker NAME`).
stage::ChildRuntime::Bodies childBodies();
/// Trace memory of a run nobody drains: 16 workers × @p steps checkpoints at full speed with
/// every step recorded (the worst case), against the 64 MiB bound.
QJsonObject traceMemory(int workers, std::int64_t steps);
/// Time from stop() to every thread joined, for a worker blocked in each kind of wait.
QJsonObject blockStopLatency(int samples);
/// Child processes: start to first checkpoint, one grant's round trip, and stop with reaping.
QJsonObject processLatency(int samples);

} // namespace bench
