#include "recording.h"

#include <algorithm>

namespace stage {

namespace {

/// Grows @p flags to hold worker @p worker; false for an id no worker can have.
bool reach(std::vector<char> &flags, int worker)
{
    if (worker < 0 || worker >= 100000)
        return false;
    if (std::size_t(worker) >= flags.size())
        flags.resize(std::size_t(worker) + 1, 0);
    return true;
}

} // namespace

Recording::Recording(const StageInfo &info, std::size_t capacity)
    : m_info(info), m_capacity(capacity), m_view(info)
{}

void Recording::append(std::span<const Event> events)
{
    for (const Event &e : events) {
        if (m_events.size() >= m_capacity) {
            m_truncated = true;
            return;
        }
        const std::size_t at = m_events.size();
        if (e.kind == EventKind::Grant && reach(m_granted, e.worker)) {
            m_granted[std::size_t(e.worker)] = 1;
            m_starts.push_back(at);
        } else if (e.kind == EventKind::Step && reach(m_granted, e.worker) &&
                   reach(m_seen, e.worker)) {
            const auto w = std::size_t(e.worker);
            if (m_granted[w]) {
                m_granted[w] = 0; // the checkpoint its grant took it to: still that step
            } else {
                // A checkpoint reached without a grant: its first, or one at full speed, which
                // no grant sequence can replay.
                if (m_seen[w] && m_firstUnpaced == SIZE_MAX)
                    m_firstUnpaced = m_starts.size();
                m_starts.push_back(at);
            }
            m_seen[w] = 1;
        }
        m_events.push_back(e);
    }
}

std::size_t Recording::cut(std::size_t step) const
{
    return step < m_starts.size() ? m_starts[step] : m_events.size();
}

std::ptrdiff_t Recording::stepEndingAt(std::size_t events) const
{
    if (events == m_events.size())
        return std::ptrdiff_t(steps());
    const auto it = std::lower_bound(m_starts.begin(), m_starts.end(), events);
    return it != m_starts.end() && *it == events ? it - m_starts.begin() : -1;
}

const Scene &Recording::sceneAt(std::size_t step)
{
    const std::size_t target = cut(std::min(step, steps()));
    if (m_view.eventCount() > target) {
        // Back: from the last snapshot at or before the target, or from the start.
        const std::size_t i = target / SnapshotEvery;
        if (i > 0 && i <= m_snapshots.size())
            m_view = m_snapshots[i - 1];
        else
            m_view = Scene(m_info);
    }
    while (m_view.eventCount() < target) {
        const std::size_t i = std::size_t(m_view.eventCount());
        m_view.apply(m_events[i]);
        if ((i + 1) % SnapshotEvery == 0 && (i + 1) / SnapshotEvery == m_snapshots.size() + 1)
            m_snapshots.push_back(m_view);
    }
    return m_view;
}

bool Recording::replayable(std::size_t step) const
{
    return std::min(step, steps()) <= m_firstUnpaced;
}

std::vector<int> Recording::grantsBefore(std::size_t step) const
{
    std::vector<int> grants;
    const std::size_t n = cut(step);
    for (std::size_t i = 0; i < n; ++i)
        if (m_events[i].kind == EventKind::Grant)
            grants.push_back(m_events[i].worker);
    return grants;
}

} // namespace stage
