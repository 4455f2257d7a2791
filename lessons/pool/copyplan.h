#pragma once

#include <QString>
#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace pool {

/// Chunk of the notes' loop (`fp1.read(1024)`).
constexpr qint64 NotesChunk = 1024;
/// Default chunk: 64 KiB.
constexpr qint64 DefaultChunk = 64 * 1024;
/// Largest chunk a run may use (64 MiB).
constexpr qint64 MaxChunk = 64 * 1024 * 1024;
/// Default pool size (the notes' 5 processes).
constexpr int DefaultWorkers = 5;
/// Largest pool.
constexpr int MaxWorkers = 100;

/// One file to copy: its path relative to the source folder and its size.
struct FileTask
{
    QString rel;
    qint64 size = 0;
};

/// A checked copy: the source folder, the new destination and every regular file to copy.
struct CopyPlan
{
    QString src;                 ///< absolute, canonical
    QString dst;                 ///< absolute, clean (may not exist yet)
    std::vector<FileTask> files; ///< sorted by relative path
    qint64 bytes = 0;            ///< total size
};

/// Checks @p src and @p dst and lists the files. Refused (message naming the value and what is
/// allowed): a missing or unreadable source, a destination equal to or inside the source, a
/// destination that is not a folder, or one that already holds a file of a name to copy.
/// Nothing is written.
std::optional<CopyPlan> planCopy(const QString &src, const QString &dst, QString *error);

/// What copying one file came to.
struct CopyOutcome
{
    bool ok = false;       ///< copied (or found already there, identical) and verified
    bool mismatch = false; ///< the written bytes differ from the source's (reported, not kept)
    qint64 bytes = 0;      ///< bytes copied
    quint64 hash = 0;      ///< XXH3-64 of the source bytes as read
    QString error;         ///< why not, e.g. "No space left on device"
};

/// Called after each chunk with the bytes copied so far; return false to give up.
using Progress = std::function<bool(qint64 bytes)>;

/// The notes' copy: `read(chunk)` / `write` until the read comes back empty, into @p tmp; then
/// the copy is verified (size and XXH3-64 hash of the file read back against the bytes read) and
/// renamed to @p final without ever replacing a file there. If @p final already exists and
/// holds the same bytes (a killed worker renamed it just before dying) it counts as copied;
/// otherwise it is left alone and reported. @p tmp is removed on any failure.
CopyOutcome copyFile(const QString &from, const QString &tmp, const QString &final, qint64 chunk,
                     const Progress &progress = {});

/// Size and XXH3-64 hash of the file at @p path; nullopt if it cannot be read.
std::optional<std::pair<qint64, quint64>> checksum(const QString &path);

} // namespace pool
