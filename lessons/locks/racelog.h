#pragma once

#include "stage/event.h"

#include <QString>
#include <QStringList>
#include <cstdint>
#include <vector>

namespace locks {

/// One line of the step log: an operation a worker has just completed.
struct LogEntry
{
    /// What the worker did.
    enum class Op : std::uint8_t {
        Acquire, ///< got the lock
        Wait,    ///< found the lock held and waits
        Read,    ///< tmp = n (value = what it read)
        Add,     ///< tmp = tmp + 1 (value = the new tmp)
        Write,   ///< n = tmp (value = what it wrote)
        Release, ///< let the lock go
    };
    int number = 0;          ///< 1-based position in the log ("#6")
    std::uint64_t seq = 0;   ///< the event it comes from (for scrubbing)
    std::int64_t tNs = 0;    ///< when, ns since Play
    int worker = -1;         ///< who
    Op op = Op::Read;        ///< what
    std::int64_t value = 0;  ///< the value read, computed or written
    int overwritten = -1;    ///< Write: the worker whose value this write replaced, else -1
    std::int64_t before = 0; ///< Write: n just before this write
    /// Write: updates this write wiped out (0 = none; negative: a write from a read made before
    /// an overwrite brings that many back). The entries of a run add up to its loss.
    std::int64_t lost = 0;
};

/// The locks lesson's step log, a pure fold of the stage's events like the Scene: it names each
/// completed read, add and write with its value and, for a write that replaced another worker's
/// value written after this worker read, who was overwritten and how many updates were lost.
/// At full speed only samples are recorded, so it stops judging overwrites (sampled()).
class RaceLog
{
public:
    /// Entries kept; older ones are dropped (numbers keep counting).
    static constexpr std::size_t MaxEntries = 1000;

    /// An empty log for workers named @p workers (more may be added by events).
    explicit RaceLog(const QStringList &workers = {});

    /// Folds one event (in trace order).
    void apply(const stage::Event &e);
    /// Folds @p events in order.
    void apply(const std::vector<stage::Event> &events);
    /// The log after the first @p n events of @p events.
    static RaceLog foldPrefix(const QStringList &workers, const std::vector<stage::Event> &events,
                              std::size_t n);

    /// The entries kept, oldest first.
    const std::vector<LogEntry> &entries() const { return m_entries; }
    /// Entries made so far (kept or dropped).
    int total() const { return m_total; }
    /// The last entry of @p worker, or nullptr.
    const LogEntry *lastOf(int worker) const;
    /// True once a gap in a worker's steps showed that only samples are recorded (full speed).
    bool sampled() const { return m_sampled; }
    /// Workers' names by id.
    const QStringList &workers() const { return m_names; }

    /// "#6 T2 write n ← 1 — overwrote T1's 1: update lost", in the current language.
    QString text(const LogEntry &entry) const;
    /// The short form for the worker's own row: "write n ← 1".
    static QString shortText(const LogEntry &entry);

private:
    struct Track
    {
        std::int64_t steps = 0;   ///< its last recorded step count
        std::int64_t read = -1;   ///< the value of its last read
        std::uint64_t readAt = 0; ///< writes done (by anyone) when it read
        int last = 0;             ///< number of its last entry, 0 if none
    };
    Track &track(int worker);
    void add(const stage::Event &e, LogEntry::Op op, std::int64_t value);

    QStringList m_names;
    std::vector<Track> m_tracks;
    std::vector<LogEntry> m_entries;
    int m_total = 0;
    std::int64_t m_n = 0;       ///< the counter as last written
    int m_lastWriter = -1;      ///< who wrote it
    std::uint64_t m_writes = 0; ///< writes so far
    bool m_sampled = false;
};

} // namespace locks
