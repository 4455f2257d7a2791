#pragma once

#include <QJsonObject>

namespace bench {

/// Items per second through the queues lesson's StageQueue at full speed, for 1 and 4
/// producer/consumer pairs (FIFO, maxsize 100), best of @p runs.
QJsonObject queueThroughput(int runs);
/// The crawler over loopback HTTP against its ideal time (pages × latency / producers): 100
/// pages at 20 ms with 5 producers and 2 consumers (ideal 400 ms), and 1 producer / 1 consumer
/// (ideal 2000 ms), @p runs each, in process.
QJsonObject crawlerTime(int runs);

} // namespace bench
