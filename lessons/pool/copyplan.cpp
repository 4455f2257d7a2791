#include "copyplan.h"

#include "tr.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xxhash.h>
#if defined(__x86_64__)
// The library's run-time dispatch picks the widest vector unit the CPU has (AVX2, AVX-512);
// the plain entry points use SSE2 only, which made hashing half the copy's CPU time.
#include <xxh_x86dispatch.h>
#endif

namespace pool {

namespace {

/// A file descriptor closed on every path out (a Stopped exception included).
class Fd
{
public:
    explicit Fd(int fd) : m_fd(fd) {}
    ~Fd()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
    int get() const { return m_fd; }
    int release()
    {
        const int fd = m_fd;
        m_fd = -1;
        return fd;
    }

private:
    int m_fd;
};

/// XXH3-64 over a stream of chunks (the verification hash: far faster than the copy itself).
class Hasher
{
public:
    Hasher() : m_state(XXH3_createState()) { XXH3_64bits_reset(m_state); }
    ~Hasher() { XXH3_freeState(m_state); }
    Hasher(const Hasher &) = delete;
    Hasher &operator=(const Hasher &) = delete;
    void add(const char *data, qint64 n) { XXH3_64bits_update(m_state, data, std::size_t(n)); }
    quint64 value() const { return XXH3_64bits_digest(m_state); }

private:
    XXH3_state_t *m_state;
};

QString errnoText(int e)
{
    return QString::fromLocal8Bit(std::strerror(e));
}

/// The canonical form of @p path even when its tail does not exist yet.
QString canonicalish(const QString &path)
{
    QString clean = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    QStringList tail;
    QFileInfo fi(clean);
    while (!fi.exists() && !fi.isRoot() && fi.absoluteFilePath() != fi.absolutePath()) {
        tail.prepend(fi.fileName());
        fi = QFileInfo(fi.absolutePath());
    }
    QString base = fi.canonicalFilePath();
    if (base.isEmpty())
        base = fi.absoluteFilePath();
    for (const QString &t : tail)
        base += QLatin1Char('/') + t;
    return QDir::cleanPath(base);
}

bool writeAll(int fd, const char *data, qint64 n)
{
    while (n > 0) {
        const ssize_t w = ::write(fd, data, std::size_t(n));
        if (w < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        data += w;
        n -= w;
    }
    return true;
}

} // namespace

std::optional<CopyPlan> planCopy(const QString &src, const QString &dst, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QFileInfo s(src);
    if (src.isEmpty() || !s.exists())
        return fail(Tr::tr("Bad value '%1' for --src: expected an existing folder").arg(src));
    if (!s.isDir())
        return fail(Tr::tr("Bad value '%1' for --src: it is not a folder").arg(src));
    if (!s.isReadable() || !QDir(src).isReadable())
        return fail(Tr::tr("Bad value '%1' for --src: the folder cannot be read").arg(src));
    if (dst.isEmpty())
        return fail(Tr::tr("Missing --dst: expected a new folder to copy into"));
    CopyPlan plan;
    plan.src = s.canonicalFilePath();
    plan.dst = canonicalish(dst);
    if (plan.dst == plan.src || plan.dst.startsWith(plan.src + QLatin1Char('/')))
        return fail(Tr::tr("Bad value '%1' for --dst: it is inside the source folder %2; "
                           "expected a folder outside it")
                        .arg(dst, plan.src));
    const QFileInfo d(plan.dst);
    if (d.exists() && !d.isDir())
        return fail(Tr::tr("Bad value '%1' for --dst: it exists and is not a folder").arg(dst));
    QDirIterator it(plan.src, QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    const QDir base(plan.src);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo fi = it.fileInfo();
        if (!fi.isReadable())
            return fail(
                Tr::tr("Bad value '%1' for --src: the file %2 cannot be read").arg(src, path));
        const QString rel = base.relativeFilePath(path);
        if (QFileInfo::exists(plan.dst + QLatin1Char('/') + rel))
            return fail(Tr::tr("Bad value '%1' for --dst: it already holds %2; existing files "
                               "are never overwritten, expected a new folder")
                            .arg(dst, rel));
        plan.files.push_back({rel, fi.size()});
        plan.bytes += fi.size();
    }
    std::sort(plan.files.begin(), plan.files.end(),
              [](const FileTask &a, const FileTask &b) { return a.rel < b.rel; });
    return plan;
}

std::optional<std::pair<qint64, quint64>> checksum(const QString &path)
{
    Fd fd(::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0)
        return std::nullopt;
    constexpr std::size_t BufBytes = 1 << 20;
    const auto buf = std::make_unique_for_overwrite<char[]>(BufBytes); // read() fills it
    qint64 size = 0;
    Hasher hash;
    for (;;) {
        const ssize_t n = ::read(fd.get(), buf.get(), BufBytes);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return std::nullopt;
        if (n == 0)
            break;
        hash.add(buf.get(), n);
        size += n;
    }
    return std::make_pair(size, hash.value());
}

namespace {

/// checksum() of the file this copy has just written and closed, read through a mapping rather
/// than copied into a buffer: reading every copy back was a sixth of the copy's CPU time. Falls
/// back to checksum() where the file cannot be mapped.
std::optional<std::pair<qint64, quint64>> checksumWritten(const QString &path)
{
    Fd fd(::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC));
    struct stat st = {};
    if (fd.get() < 0 || ::fstat(fd.get(), &st) != 0)
        return std::nullopt;
    Hasher hash;
    if (st.st_size == 0)
        return std::make_pair(qint64(0), hash.value());
    void *data = ::mmap(nullptr, std::size_t(st.st_size), PROT_READ, MAP_PRIVATE | MAP_POPULATE,
                        fd.get(), 0);
    if (data == MAP_FAILED)
        return checksum(path);
    hash.add(static_cast<const char *>(data), st.st_size);
    ::munmap(data, std::size_t(st.st_size));
    return std::make_pair(qint64(st.st_size), hash.value());
}

} // namespace

CopyOutcome copyFile(const QString &from, const QString &tmp, const QString &final, qint64 chunk,
                     const Progress &progress)
{
    CopyOutcome out;
    const QByteArray tmpName = QFile::encodeName(tmp);
    auto failWith = [&](const QString &what, int e) {
        out.error = QStringLiteral("%1: %2").arg(what, errnoText(e));
        ::unlink(tmpName.constData());
        return out;
    };
    QDir().mkpath(QFileInfo(final).absolutePath());
    // The listing lines up with the notes' Python, comment by comment:
    // clang-format off
    // @listing-begin copy
    Fd in(::open(QFile::encodeName(from).constData(), O_RDONLY | O_CLOEXEC));          // fp1 = open(src, 'rb')
    if (in.get() < 0)
        return failWith(from, errno);
    Fd outFd(::open(tmpName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644)); // fp2 = open(dst, 'wb')
    if (outFd.get() < 0)
        return failWith(tmp, errno);
    std::vector<char> buf(std::size_t(std::clamp<qint64>(chunk, 1, MaxChunk)));
    Hasher hash;
    for (;;) {                                                  // while 1:
        const ssize_t n = ::read(in.get(), buf.data(), buf.size()); //   content = fp1.read(chunk) // @step copy
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return failWith(from, errno);
        if (n == 0)                                             //   if not content: break
            break;
        if (!writeAll(outFd.get(), buf.data(), n))              //   fp2.write(content)
            return failWith(tmp, errno);
        hash.add(buf.data(), n);
        out.bytes += n;
        if (progress && !progress(out.bytes)) {
            ::unlink(tmpName.constData());
            out.error = QStringLiteral("stopped");
            return out;
        }
    }
    // @listing-end
    // clang-format on
    if (::close(outFd.release()) != 0) // a full disk may only show here
        return failWith(tmp, errno);
    out.hash = hash.value();
    const auto back = checksumWritten(tmp);
    if (!back || back->first != out.bytes || back->second != out.hash) {
        out.mismatch = true;
        out.error = Tr::tr("%1: the copy differs from the source (size or XXH3 hash)").arg(final);
        ::unlink(tmpName.constData());
        return out;
    }
    // Never replace: the rename fails if a file already has the final name.
    if (::renameat2(AT_FDCWD, tmpName.constData(), AT_FDCWD, QFile::encodeName(final).constData(),
                    RENAME_NOREPLACE) != 0) {
        const int e = errno;
        ::unlink(tmpName.constData());
        if (e == EEXIST) {
            const auto there = checksum(final);
            if (there && there->first == out.bytes && there->second == out.hash) {
                out.ok = true; // an earlier worker renamed it before it was killed
                return out;
            }
            out.mismatch = true;
            out.error = Tr::tr("%1 already exists and differs: not overwritten").arg(final);
            return out;
        }
        out.error = QStringLiteral("%1: %2").arg(final, errnoText(e));
        return out;
    }
    out.ok = true;
    return out;
}

} // namespace pool
