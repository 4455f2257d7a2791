#pragma once

#include "event.h"
#include "stageinfo.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace stage {

/// Exports a run as Chrome trace-event JSON (the `{"traceEvents": […]}` object form) that opens
/// in Perfetto UI and chrome://tracing, so students can explore a real run in a real profiler.
///
/// One thread track per worker (tid = worker id + 1) carries the worker's state spans as "X"
/// events (running, ready, "blocked on <lock>"), its steps as instant events with their values,
/// lock acquire/release instants, and flow arrows for lock hand-offs. Shared variables become
/// counter tracks. Stage-wide events (worker −1) are drawn on the first worker's track as
/// process-scoped instants, so every event belongs to a known track. Timestamps are in µs.
QByteArray toChromeTraceJson(const StageInfo &info, const std::vector<Event> &events,
                             const QString &processName = QStringLiteral("Concurrency Classroom"));

} // namespace stage
