#include "workdir.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <cerrno>
#include <unistd.h>

namespace pool {

namespace {

QByteArray native(const QString &p)
{
    return QFile::encodeName(p);
}

} // namespace

bool WorkDir::create(const QString &path, const CopyPlan &plan, QString *error)
{
    QDir d(path);
    for (const char *sub : {"claims", "done", "failed", "ended"})
        if (!d.mkpath(QLatin1String(sub))) {
            if (error)
                *error = QStringLiteral("cannot create %1/%2").arg(path, QLatin1String(sub));
            return false;
        }
    QSaveFile f(d.filePath(QStringLiteral("tasks")));
    if (!f.open(QIODevice::WriteOnly))
        return false;
    // One line each: source, destination, then "size relative-path" (percent-encoded).
    f.write(plan.src.toUtf8().toPercentEncoding() + '\n');
    f.write(plan.dst.toUtf8().toPercentEncoding() + '\n');
    for (const FileTask &t : plan.files)
        f.write(QByteArray::number(t.size) + ' ' + t.rel.toUtf8().toPercentEncoding() + '\n');
    if (!f.commit()) {
        if (error)
            *error = f.errorString();
        return false;
    }
    return true;
}

bool WorkDir::open(const QString &path)
{
    m_path = path;
    QFile f(QDir(path).filePath(QStringLiteral("tasks")));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QList<QByteArray> lines = f.readAll().split('\n');
    if (lines.size() < 2)
        return false;
    m_plan = {};
    m_plan.src = QString::fromUtf8(QByteArray::fromPercentEncoding(lines[0]));
    m_plan.dst = QString::fromUtf8(QByteArray::fromPercentEncoding(lines[1]));
    for (int i = 2; i < lines.size(); ++i) {
        const int sp = lines[i].indexOf(' ');
        if (sp <= 0)
            continue;
        FileTask t{QString::fromUtf8(QByteArray::fromPercentEncoding(lines[i].mid(sp + 1))),
                   lines[i].left(sp).toLongLong()};
        m_plan.bytes += t.size;
        m_plan.files.push_back(t);
    }
    return !m_plan.src.isEmpty() && !m_plan.dst.isEmpty();
}

QString WorkDir::tempPath(int id, const QString &token) const
{
    const QFileInfo fi(finalPath(id));
    return fi.absolutePath() + QStringLiteral("/.%1.part-%2").arg(fi.fileName(), token);
}

QString WorkDir::finalPath(int id) const
{
    return m_plan.dst + QLatin1Char('/') + m_plan.files[std::size_t(id)].rel;
}

QString WorkDir::sourcePath(int id) const
{
    return m_plan.src + QLatin1Char('/') + m_plan.files[std::size_t(id)].rel;
}

int WorkDir::claimNext(const QString &token)
{
    const QByteArray target = token.toUtf8();
    const QByteArray claims = native(m_path) + "/claims/";
    // Once round, from just past this worker's last claim: the tasks before it were taken in
    // order, so trying them all again each time made claiming quadratic; going round still
    // finds a task a dead worker gave back.
    const int n = int(m_plan.files.size());
    for (int k = 0; k < n; ++k) {
        const int id = (m_claimFrom + k) % n;
        if (::symlink(target.constData(), (claims + QByteArray::number(id)).constData()) == 0) {
            m_claimFrom = id + 1;
            return id;
        }
    }
    return -1;
}

void WorkDir::markDone(int id) const
{
    QFile(QStringLiteral("%1/done/%2").arg(m_path).arg(id)).open(QIODevice::WriteOnly);
}

void WorkDir::markFailed(int id, const QString &message) const
{
    QFile f(QStringLiteral("%1/failed/%2").arg(m_path).arg(id));
    if (f.open(QIODevice::WriteOnly))
        f.write(message.toUtf8());
}

void WorkDir::markEnded(const QString &token) const
{
    QFile(QStringLiteral("%1/ended/%2").arg(m_path, token)).open(QIODevice::WriteOnly);
}

bool WorkDir::ended(const QString &token) const
{
    return QFileInfo::exists(QStringLiteral("%1/ended/%2").arg(m_path, token));
}

std::vector<int> WorkDir::release(const QString &token) const
{
    std::vector<int> released;
    const QByteArray claims = native(m_path) + "/claims/";
    for (int id = 0; id < int(m_plan.files.size()); ++id) {
        const QByteArray claim = claims + QByteArray::number(id);
        char buf[256];
        const ssize_t n = ::readlink(claim.constData(), buf, sizeof buf);
        if (n <= 0 || QByteArray(buf, int(n)) != token.toUtf8() || isDone(id))
            continue;
        ::unlink(native(tempPath(id, token)).constData()); // its partial copy, if any
        if (QFileInfo::exists(QStringLiteral("%1/failed/%2").arg(m_path).arg(id)))
            continue; // a failure stays failed
        ::unlink(claim.constData());
        released.push_back(id);
    }
    return released;
}

bool WorkDir::isDone(int id) const
{
    return QFileInfo::exists(QStringLiteral("%1/done/%2").arg(m_path).arg(id));
}

int WorkDir::doneCount() const
{
    return int(QDir(m_path + QStringLiteral("/done")).entryList(QDir::Files).size());
}

QStringList WorkDir::failures() const
{
    QStringList out;
    for (int id = 0; id < int(m_plan.files.size()); ++id) {
        QFile f(QStringLiteral("%1/failed/%2").arg(m_path).arg(id));
        if (f.open(QIODevice::ReadOnly))
            out << QString::fromUtf8(f.readAll());
    }
    return out;
}

bool WorkDir::stopRequested() const
{
    return !QDir(m_path + QStringLiteral("/failed")).isEmpty();
}

} // namespace pool
