#pragma once

#include "queuedemo.h"

#include <QString>
#include <QStringList>

namespace queues {

/// The options `--run queue` takes (each with a value), in the order help lists them.
QStringList queueOptionNames();
/// Applies `--option value` of `--run queue` to @p options. Returns an empty string, or a message
/// naming the bad value and what is allowed (for stderr; the caller exits with code 2).
QString applyQueueOption(QueueOptions &options, const QString &option, const QString &value);
/// One line of usage for `--run queue`.
QString queueUsage();
/// @p result as `key: value` lines, or as one JSON object with exactly the keys items, consumed,
/// order_ok and elapsed_ms when @p json is true.
QString formatQueueResult(const QueueResult &result, bool json);

} // namespace queues
