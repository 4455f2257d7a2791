#pragma once

#include <QJsonObject>
#include <QString>

namespace bench {

/// Items per second through the queues lesson's StageQueue at full speed, for 1 and 4
/// producer/consumer pairs (FIFO, maxsize 100), best of @p runs.
QJsonObject queueThroughput(int runs);
/// The crawler over loopback HTTP against its ideal time (pages × latency / producers): 100
/// pages at 20 ms with 5 producers and 2 consumers (ideal 400 ms), and 1 producer / 1 consumer
/// (ideal 2000 ms), @p runs each, in process.
QJsonObject crawlerTime(int runs);
/// The whole `--run crawler` command of issue 10 (100 pages, 20 ms, 5 producers, 2 consumers,
/// capacity 10) as a new process of @p app each time, @p runs times: wall and reported time
/// against the ideal 400 ms.
QJsonObject crawlerCommand(const QString &app, int runs);
/// Time to stop a crawl mid-run (producers waiting on, connecting or sending on their sockets)
/// in each pacing mode, @p samples each, and over all: issue 10 asks for 100 ms.
QJsonObject crawlerStop(int samples);

} // namespace bench
