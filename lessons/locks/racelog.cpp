#include "racelog.h"

#include "locks/locksdemo.h"
#include "locks/tr.h"

namespace locks {

using stage::Event;
using stage::EventKind;
using stage::ObjectKind;

RaceLog::RaceLog(const QStringList &workers) : m_names(workers) {}

RaceLog::Track &RaceLog::track(int worker)
{
    if (std::size_t(worker) >= m_tracks.size())
        m_tracks.resize(std::size_t(worker) + 1);
    return m_tracks[std::size_t(worker)];
}

void RaceLog::add(const Event &e, LogEntry::Op op, std::int64_t value)
{
    LogEntry entry;
    entry.number = ++m_total;
    entry.seq = e.seq;
    entry.tNs = e.tNs;
    entry.worker = e.worker;
    entry.op = op;
    entry.value = value;
    track(e.worker).last = entry.number;
    m_entries.push_back(entry);
    if (m_entries.size() >= 2 * MaxEntries) // drop in halves: appending stays amortised O(1)
        m_entries.erase(m_entries.begin(), m_entries.begin() + std::ptrdiff_t(MaxEntries));
}

void RaceLog::apply(const Event &e)
{
    if (e.kind == EventKind::WorkerAdded && e.worker >= 0) {
        while (m_names.size() <= e.worker)
            m_names.append(QString());
        if (const char *name = e.textOf("name"))
            m_names[e.worker] = QString::fromUtf8(name);
        return;
    }
    if (e.kind == EventKind::Set && e.objectKind == ObjectKind::Shared &&
        e.object == LocksDemo::CounterId) {
        if (e.worker < 0 || m_sampled) { // a stage-level total, or a sample: no story to tell
            m_n = e.count;
            return;
        }
        Track &t = track(e.worker);
        const std::int64_t before = m_n;
        const bool othersWrote =
            m_writes > t.readAt && m_lastWriter >= 0 && m_lastWriter != e.worker && t.read >= 0;
        add(e, LogEntry::Op::Write, e.count);
        LogEntry &w = m_entries.back();
        w.before = before;
        if (othersWrote) {
            w.overwritten = m_lastWriter;
            // What this write does to (increments done − n): +1 done, n from `before` to
            // read + 1. Signed, so the entries add up to the run's loss: a write based on a read
            // from before someone's overwrite puts some of the wiped updates back (negative).
            w.lost = before - e.count + 1;
        }
        m_n = e.count;
        m_lastWriter = e.worker;
        ++m_writes;
        return;
    }
    if (e.worker < 0 || m_sampled)
        return;
    switch (e.kind) {
    case EventKind::Step: {
        Track &t = track(e.worker);
        if (t.steps > 0 && e.count != t.steps + 1) {
            m_sampled = true; // full speed records every 2^k-th step: no order to judge
            return;
        }
        t.steps = e.count;
        // A checkpoint comes before its operation, so reaching one says the previous one is done:
        // at "add" the read is done and tmp holds what it read; at "write" tmp holds the sum.
        const std::int64_t tmp = e.valueOr("tmp", -1);
        if (e.step == int(Step::Add) && tmp >= 0) {
            t.read = tmp;
            t.readAt = m_writes;
            add(e, LogEntry::Op::Read, tmp);
        } else if (e.step == int(Step::Write) && tmp >= 0) {
            add(e, LogEntry::Op::Add, tmp);
        }
        break;
    }
    case EventKind::Block:
        if (e.objectKind == ObjectKind::Lock)
            add(e, LogEntry::Op::Wait, 0);
        break;
    case EventKind::Acquired:
        if (e.objectKind == ObjectKind::Lock)
            add(e, LogEntry::Op::Acquire, 0);
        break;
    case EventKind::Released:
        if (e.objectKind == ObjectKind::Lock)
            add(e, LogEntry::Op::Release, 0);
        break;
    default:
        break;
    }
}

void RaceLog::apply(const std::vector<Event> &events)
{
    for (const Event &e : events)
        apply(e);
}

RaceLog RaceLog::foldPrefix(const QStringList &workers, const std::vector<Event> &events,
                            std::size_t n)
{
    RaceLog log(workers);
    for (std::size_t i = 0; i < std::min(n, events.size()); ++i)
        log.apply(events[i]);
    return log;
}

const LogEntry *RaceLog::lastOf(int worker) const
{
    if (worker < 0 || std::size_t(worker) >= m_tracks.size() || m_entries.empty())
        return nullptr;
    const int number = m_tracks[std::size_t(worker)].last;
    const int index = number - m_entries.front().number;
    return number > 0 && index >= 0 ? &m_entries[std::size_t(index)] : nullptr;
}

QString RaceLog::shortText(const LogEntry &entry)
{
    switch (entry.op) {
    case LogEntry::Op::Acquire:
        return Tr::tr("acquired");
    case LogEntry::Op::Wait:
        return Tr::tr("acquire: waits");
    case LogEntry::Op::Read:
        return Tr::tr("read n → %1").arg(entry.value);
    case LogEntry::Op::Add:
        return Tr::tr("add tmp = %1").arg(entry.value);
    case LogEntry::Op::Write:
        return Tr::tr("write n ← %1").arg(entry.value);
    case LogEntry::Op::Release:
        return Tr::tr("released");
    }
    return {};
}

QString RaceLog::text(const LogEntry &entry) const
{
    const auto name = [this](int w) {
        return w >= 0 && w < m_names.size() && !m_names.at(w).isEmpty()
                   ? m_names.at(w)
                   : QStringLiteral("T%1").arg(w + 1);
    };
    QString line =
        QStringLiteral("#%1 %2 %3").arg(entry.number).arg(name(entry.worker), shortText(entry));
    if (entry.op == LogEntry::Op::Write && entry.overwritten >= 0) {
        line += entry.lost > 0
                    ? Tr::tr(" — overwrote %1's %2: %n update(s) lost", nullptr, int(entry.lost))
                          .arg(name(entry.overwritten))
                          .arg(entry.before)
                : entry.lost < 0
                    ? Tr::tr(" — overwrote %1's %2, bringing %n lost update(s) back", nullptr,
                             int(-entry.lost))
                          .arg(name(entry.overwritten))
                          .arg(entry.before)
                    : Tr::tr(" — overwrote %1's %2").arg(name(entry.overwritten)).arg(entry.before);
    }
    return line;
}

} // namespace locks
