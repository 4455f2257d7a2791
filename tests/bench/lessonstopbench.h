#pragma once

#include <QJsonObject>

namespace bench {

/// Time from stop to every thread joined for the multitasking (pinned threads, every pacing;
/// async tasks cancelled mid-chunk), threads and shared engines mid-run, @p samples each.
QJsonObject lessonStopLatency(int samples);

} // namespace bench
