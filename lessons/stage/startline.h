#pragma once

#include <array>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>

namespace stage {

/// The start line of a run: N threads wait here and leave together, running at the same moment.
///
/// Arriving together is not enough on a busy machine: a thread that arrived first and was then
/// descheduled (or yielded its CPU) learns that the others arrived only when it runs again,
/// often after a short run of the others has finished, and a two-thread race then shows no lost
/// update at all. So the threads meet in rounds: the last to arrive opens the round and notes
/// the time; each waiting thread, spinning on its CPU, sees that within microseconds unless it
/// was not running. They leave after a round that followed one in which every thread saw the
/// opening at once (all were on a CPU together), or after a bound; more threads than CPUs can
/// never all run at once and leave as soon as all arrived. The race that follows is untouched:
/// only its start is synchronised.
class StartLine
{
public:
    /// Longest a start may wait for the threads to run together.
    static constexpr auto Bound = std::chrono::milliseconds(100);
    /// A thread that sees a round open later than this was not running when it opened.
    static constexpr auto Prompt = std::chrono::microseconds(50);

    /// A line for @p threads threads (set before any arrives, on the thread that starts them).
    void reset(int threads);
    /// Waits until every thread is here and they may leave together; returns early (false) once
    /// @p stopping says so.
    bool arrive(const std::function<bool()> &stopping);
    /// Pins the calling thread to the @p index-th CPU it may run on (mod their number), for the
    /// rest of its life; false (and nothing changed) with fewer than two CPUs.
    static bool pinToCpu(int index);
    /// CPUs the calling thread may run on.
    static int cpuCount();
    /// Rounds the last start took (for tests and the bench); 0 before.
    int rounds() const { return m_rounds.load(std::memory_order_acquire); }

private:
    static constexpr int MaxRounds = 256;
    static std::int64_t nowNs();

    int m_threads = 0;
    int m_cpus = 1; ///< CPUs the run may use
    std::atomic<int> m_count{0};
    std::atomic<int> m_generation{0};
    std::atomic<std::int64_t> m_firstNs{0};            ///< when the first round opened
    std::atomic<std::int64_t> m_openedNs{0};           ///< when the current round opened
    std::array<std::atomic<bool>, MaxRounds> m_late{}; ///< someone saw round g open late
    std::array<std::atomic<bool>, MaxRounds> m_go{};   ///< round g lets everyone leave
    std::atomic<int> m_rounds{0};
};

} // namespace stage
