#include "tempfolders.h"

#include <QDir>
#include <QRegularExpression>
#include <cerrno>
#include <csignal>
#include <mutex>
#include <unistd.h>

namespace pool {

QString tempFolderTemplate(const QString &kind)
{
    return QDir::tempPath() +
           QStringLiteral("/cc-pool-%1-%2-XXXXXX").arg(kind).arg(qint64(::getpid()));
}

int removeStaleFolders()
{
    static const QRegularExpression name(
        QStringLiteral("^cc-pool-[a-z]+-([0-9]+)-[A-Za-z0-9]{6}$"));
    QDir tmp(QDir::tempPath());
    int removed = 0;
    for (const QString &entry : tmp.entryList({QStringLiteral("cc-pool-*")},
                                              QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden)) {
        const QRegularExpressionMatch m = name.match(entry);
        if (!m.hasMatch())
            continue;
        bool ok = false;
        const qint64 pid = m.captured(1).toLongLong(&ok);
        // Only ESRCH says the owner is gone; EPERM is someone else's live process.
        if (!ok || pid <= 0 || pid == qint64(::getpid()) || ::kill(pid_t(pid), 0) == 0 ||
            errno != ESRCH)
            continue;
        if (QDir(tmp.filePath(entry)).removeRecursively())
            ++removed;
    }
    return removed;
}

void removeStaleFoldersOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { removeStaleFolders(); });
}

} // namespace pool
