#include "crawlrun.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>
#include <optional>
#include <unistd.h>

namespace crawler {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crawler)
};

QString badValue(const QString &option, const QString &value, const QString &allowed)
{
    return Tr::tr("Bad value '%1' for %2: %3").arg(value, option, allowed);
}

std::optional<int> wholeNumber(const QString &text, int lo, int hi)
{
    bool ok = false;
    const qint64 v = text.trimmed().toLongLong(&ok);
    if (!ok || v < lo || v > hi)
        return std::nullopt;
    return int(v);
}

QString range(int lo, int hi)
{
    return Tr::tr("expected a whole number from %1 to %2").arg(lo).arg(hi);
}

} // namespace

QStringList crawlerOptionNames()
{
    return {QStringLiteral("--pages"),      QStringLiteral("--producers"),
            QStringLiteral("--consumers"),  QStringLiteral("--capacity"),
            QStringLiteral("--latency-ms"), QStringLiteral("--jitter-ms"),
            QStringLiteral("--fail-rate"),  QStringLiteral("--mode"),
            QStringLiteral("--out")};
}

QString crawlerUsage()
{
    return QStringLiteral("--run crawler [--pages N] [--producers P] [--consumers C] "
                          "[--capacity Q] [--latency-ms L] [--jitter-ms J] [--fail-rate F] "
                          "[--mode threads|single] [--out FILE] [--json]");
}

QString applyCrawlerOption(CrawlOptions &o, const QString &option, const QString &value)
{
    const auto number = [&](int lo, int hi, int *into, const QString &allowed) {
        const auto n = wholeNumber(value, lo, hi);
        if (!n)
            return badValue(option, value, allowed.isEmpty() ? range(lo, hi) : allowed);
        *into = *n;
        return QString();
    };
    if (option == QLatin1String("--pages"))
        return number(1, MaxPages, &o.pages, {});
    if (option == QLatin1String("--producers"))
        return number(1, MaxWorkers, &o.producers, {});
    if (option == QLatin1String("--consumers"))
        return number(1, MaxWorkers, &o.consumers, {});
    if (option == QLatin1String("--capacity"))
        return number(0, MaxCapacity, &o.capacity,
                      Tr::tr("expected a whole number from 0 (unbounded) to %1").arg(MaxCapacity));
    if (option == QLatin1String("--latency-ms"))
        return number(
            0, MaxLatencyMs, &o.latencyMs,
            Tr::tr("expected milliseconds, a whole number from 0 to %1").arg(MaxLatencyMs));
    if (option == QLatin1String("--jitter-ms"))
        return number(
            0, MaxLatencyMs, &o.jitterMs,
            Tr::tr("expected milliseconds, a whole number from 0 to %1").arg(MaxLatencyMs));
    if (option == QLatin1String("--fail-rate")) {
        bool ok = false;
        const double f = value.trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(f) || f < 0 || f > 1)
            return badValue(option, value, Tr::tr("expected a number from 0 to 1, e.g. 0.1"));
        o.failRate = f;
        return {};
    }
    if (option == QLatin1String("--mode")) {
        if (value == QLatin1String("threads"))
            o.mode = Mode::Threads;
        else if (value == QLatin1String("single"))
            o.mode = Mode::Single;
        else
            return badValue(option, value, Tr::tr("expected threads or single"));
        return {};
    }
    if (option == QLatin1String("--out")) {
        if (value.isEmpty())
            return badValue(option, value, Tr::tr("expected a file name"));
        o.out = value;
        return {};
    }
    return Tr::tr("Unknown option %1 for --run crawler: the options are %2")
        .arg(option, crawlerOptionNames().join(QLatin1String(", ")));
}

QString checkCrawlerOptions(const CrawlOptions &o)
{
    if (o.out.isEmpty())
        return {};
    const QFileInfo file(o.out);
    const QString dir = file.absolutePath();
    const QFileInfo folder(dir);
    bool writable = folder.isDir() && ::access(QFile::encodeName(dir).constData(), W_OK) == 0;
    if (file.exists())
        writable = writable && file.isFile() &&
                   ::access(QFile::encodeName(file.absoluteFilePath()).constData(), W_OK) == 0;
    if (!writable)
        return badValue(QStringLiteral("--out"), o.out,
                        Tr::tr("expected a file that can be written, in a folder that exists"));
    return {};
}

CrawlResult runCrawler(const CrawlOptions &options, QString *error)
{
    CrawlerDemo demo(options);
    demo.stage().setPacing(stage::Pacing::FullSpeed);
    demo.stage().setSampleShift(0);
    if (!demo.prepare(error)) {
        CrawlResult r;
        r.pages = options.pages;
        return r;
    }
    demo.start();
    demo.stage().wait();
    demo.stop(); // closes the file before the result is read
    return demo.result();
}

QString formatCrawlResult(const CrawlResult &r, bool json)
{
    if (json) {
        const QJsonObject o{{"pages", r.pages},
                            {"saved", r.saved},
                            {"failed", r.failed},
                            {"elapsed_ms", r.elapsedMs}};
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) + '\n';
    }
    return QStringLiteral("pages: %1\nsaved: %2\nfailed: %3\nelapsed_ms: %4\n")
        .arg(r.pages)
        .arg(r.saved)
        .arg(r.failed)
        .arg(r.elapsedMs, 0, 'f', 3);
}

QString formatFailures(const CrawlResult &r)
{
    QString out;
    for (const Failure &f : r.failures)
        out += Tr::tr("page %1: %2").arg(f.page).arg(QString::fromStdString(f.reason)) + '\n';
    return out;
}

} // namespace crawler
