#include "crawlrun.h"

#include "crawler/tr.h"

#include <QFileInfo>
#include <unistd.h>

namespace crawler {

namespace {

QString badValue(const QString &option, const QString &value, const QString &allowed)
{
    return Tr::tr("Bad value '%1' for %2: %3").arg(value, option, allowed);
}

} // namespace

QString checkCrawlerOptions(const CrawlOptions &o)
{
    if (!o.urlTemplate.isEmpty()) {
        const QString bad = checkUrlTemplate(o.urlTemplate);
        if (!bad.isEmpty())
            return badValue(QStringLiteral("--url-template"), o.urlTemplate,
                            Tr::tr("an http:// URL with {page} in its path or query"));
    }
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

QString formatFailures(const CrawlResult &r)
{
    QString out;
    for (const Failure &f : r.failures)
        out += Tr::tr("page %1: %2").arg(f.page).arg(QString::fromStdString(f.reason)) + '\n';
    return out;
}

} // namespace crawler
