#include "queuerun.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <optional>

namespace queues {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Queues)
};

QString badValue(const QString &option, const QString &value, const QString &allowed)
{
    return Tr::tr("Bad value '%1' for %2: %3").arg(value, option, allowed);
}

std::optional<qint64> wholeNumber(const QString &text, qint64 lo, qint64 hi)
{
    bool ok = false;
    const qint64 v = text.trimmed().toLongLong(&ok);
    if (!ok || v < lo || v > hi)
        return std::nullopt;
    return v;
}

QString range(qint64 lo, qint64 hi)
{
    return Tr::tr("expected a whole number from %1 to %2").arg(lo).arg(hi);
}

} // namespace

QStringList queueOptionNames()
{
    return {QStringLiteral("--kind"), QStringLiteral("--maxsize"), QStringLiteral("--producers"),
            QStringLiteral("--consumers"), QStringLiteral("--items")};
}

QString queueUsage()
{
    return QStringLiteral("--run queue [--kind fifo|lifo] [--maxsize N] [--producers P] "
                          "[--consumers C] [--items K] [--json]");
}

QString applyQueueOption(QueueOptions &options, const QString &option, const QString &value)
{
    if (option == QLatin1String("--kind")) {
        if (value == QLatin1String("fifo"))
            options.kind = Kind::Fifo;
        else if (value == QLatin1String("lifo"))
            options.kind = Kind::Lifo;
        else
            return badValue(option, value, Tr::tr("expected fifo or lifo"));
    } else if (option == QLatin1String("--maxsize")) {
        const auto n = wholeNumber(value, 0, MaxSize);
        if (!n)
            return badValue(
                option, value,
                Tr::tr("expected a whole number from 0 (unbounded) to %1").arg(MaxSize));
        options.maxsize = int(*n);
    } else if (option == QLatin1String("--producers")) {
        const auto n = wholeNumber(value, 1, MaxWorkers);
        if (!n)
            return badValue(option, value, range(1, MaxWorkers));
        options.producers = int(*n);
    } else if (option == QLatin1String("--consumers")) {
        const auto n = wholeNumber(value, 1, MaxWorkers);
        if (!n)
            return badValue(option, value, range(1, MaxWorkers));
        options.consumers = int(*n);
    } else if (option == QLatin1String("--items")) {
        const auto n = wholeNumber(value, 1, MaxItems);
        if (!n)
            return badValue(option, value, range(1, MaxItems));
        options.items = *n;
    } else {
        return Tr::tr("Unknown option %1 for --run queue: the options are %2")
            .arg(option, queueOptionNames().join(QLatin1String(", ")));
    }
    return {};
}

QString formatQueueResult(const QueueResult &result, bool json)
{
    if (json) {
        const QJsonObject o{{"items", qint64(result.items)},
                            {"consumed", qint64(result.consumed)},
                            {"order_ok", result.orderOk},
                            {"elapsed_ms", result.elapsedMs}};
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) + '\n';
    }
    return QStringLiteral("items: %1\nconsumed: %2\norder_ok: %3\nelapsed_ms: %4\n")
        .arg(result.items)
        .arg(result.consumed)
        .arg(result.orderOk ? QStringLiteral("true") : QStringLiteral("false"))
        .arg(result.elapsedMs, 0, 'f', 3);
}

} // namespace queues
