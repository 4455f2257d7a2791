#pragma once

#include "event.h"
#include "scene.h"
#include "stageinfo.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace stage {

/// The events of one run as recorded, cut into steps so a scrubber can show the run as it was
/// after any of them: the Scene at step k is the fold of the events before step k+1 began.
///
/// A step begins where a worker begins to move: at the Grant that lets it go (Run, Paused and
/// Scheduler pacing), or at the Step event it records without one (its first checkpoint, or any
/// checkpoint at full speed). Everything it does until the next step begins (writes, blocks, the
/// wake-up of the workers it frees) belongs to its step, so in paced runs every step ends where
/// the workers settled: the frame the class saw after it.
class Recording
{
public:
    /// Most events kept; later ones still count for the live Scene, not for scrubbing.
    static constexpr std::size_t DefaultCapacity = 2'000'000;

    /// An empty recording of the run described by @p info.
    explicit Recording(const StageInfo &info = {}, std::size_t capacity = DefaultCapacity);

    /// Appends @p events (in trace order) as far as the capacity allows.
    void append(std::span<const Event> events);
    /// Every event kept, in order.
    const std::vector<Event> &events() const { return m_events; }
    /// True once an event was not kept (the capacity was reached).
    bool truncated() const { return m_truncated; }
    /// How many steps began so far.
    std::size_t steps() const { return m_starts.size(); }
    /// How many events the picture after @p step folds: those before step @p step + 1 began, or
    /// every event kept for the last step.
    std::size_t cut(std::size_t step) const;
    /// The step whose picture folds exactly @p events events, or -1 when no step ends there.
    std::ptrdiff_t stepEndingAt(std::size_t events) const;
    /// The run as it was after @p step (clamped to steps()): the fold of its prefix. Moving
    /// forward folds only the events in between; moving back starts from the nearest snapshot.
    const Scene &sceneAt(std::size_t step);
    /// True when every step up to @p step began at a grant (or at a worker's first checkpoint):
    /// running the real workers again under grantsBefore(@p step) brings them to the same point.
    bool replayable(std::size_t step) const;
    /// The workers granted, in order, during the first @p step steps.
    std::vector<int> grantsBefore(std::size_t step) const;

private:
    /// One snapshot every this many events, taken while folding forward.
    static constexpr std::size_t SnapshotEvery = 32768;

    StageInfo m_info;
    std::size_t m_capacity;
    std::vector<Event> m_events;
    bool m_truncated = false;
    std::vector<std::size_t> m_starts;     ///< index of the event each step begins at
    std::vector<char> m_granted;           ///< per worker: granted, its next Step is not a new step
    std::vector<char> m_seen;              ///< per worker: reached its first checkpoint
    std::size_t m_firstUnpaced = SIZE_MAX; ///< first step that began without a grant, past firsts

    Scene m_view;                   ///< the picture sceneAt() returned last
    std::vector<Scene> m_snapshots; ///< m_snapshots[i] folds (i + 1) * SnapshotEvery events
};

} // namespace stage
