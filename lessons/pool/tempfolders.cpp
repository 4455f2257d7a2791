#include "tempfolders.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <cerrno>
#include <csignal>
#include <mutex>
#include <unistd.h>

namespace pool {

namespace {

/// Where the workers' shared work folder goes: memory (tmpfs) when the system has it.
QString workPlace()
{
    // Only claims, markers and the task list live there, a few hundred tiny files a run. On a
    // disk file system making and deleting their inodes took a fifth of the copy's CPU time.
    static const QString place = [] {
        const QFileInfo shm(QStringLiteral("/dev/shm"));
        return shm.isDir() && shm.isWritable() ? shm.absoluteFilePath() : QDir::tempPath();
    }();
    return place;
}

} // namespace

QString tempFolderTemplate(const QString &kind)
{
    const QString place = kind == QLatin1String("work") ? workPlace() : QDir::tempPath();
    return place + QStringLiteral("/cc-pool-%1-%2-XXXXXX").arg(kind).arg(qint64(::getpid()));
}

QStringList tempFolderPlaces()
{
    QStringList places{QDir::tempPath()};
    if (!places.contains(workPlace()))
        places << workPlace();
    return places;
}

int removeStaleFolders()
{
    static const QRegularExpression name(
        QStringLiteral("^cc-pool-[a-z]+-([0-9]+)-[A-Za-z0-9]{6}$"));
    int removed = 0;
    for (const QString &place : tempFolderPlaces()) {
        const QDir dir(place);
        for (const QString &entry : dir.entryList(
                 {QStringLiteral("cc-pool-*")}, QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden)) {
            const QRegularExpressionMatch m = name.match(entry);
            if (!m.hasMatch())
                continue;
            bool ok = false;
            const qint64 pid = m.captured(1).toLongLong(&ok);
            // Only ESRCH says the owner is gone; EPERM is someone else's live process.
            if (!ok || pid <= 0 || pid == qint64(::getpid()) || ::kill(pid_t(pid), 0) == 0 ||
                errno != ESRCH)
                continue;
            if (QDir(dir.filePath(entry)).removeRecursively())
                ++removed;
        }
    }
    return removed;
}

void removeStaleFoldersOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { removeStaleFolders(); });
}

} // namespace pool
