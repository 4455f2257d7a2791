#include "startline.h"

#include <sched.h>
#include <thread>

namespace stage {

namespace {

/// Tells the CPU this is a spin-wait (kinder to a sibling hyper-thread).
inline void cpuRelax()
{
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#elif defined(__aarch64__)
    asm volatile("yield");
#endif
}

} // namespace

std::int64_t StartLine::nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

int StartLine::cpuCount()
{
    cpu_set_t set;
    return sched_getaffinity(0, sizeof set, &set) == 0 ? CPU_COUNT(&set) : 1;
}

bool StartLine::pinToCpu(int index)
{
    cpu_set_t allowed;
    if (sched_getaffinity(0, sizeof allowed, &allowed) != 0 || CPU_COUNT(&allowed) < 2)
        return false;
    int want = index % CPU_COUNT(&allowed);
    for (int cpu = 0; cpu < CPU_SETSIZE; ++cpu) {
        if (!CPU_ISSET(cpu, &allowed) || want-- > 0)
            continue;
        cpu_set_t one;
        CPU_ZERO(&one);
        CPU_SET(cpu, &one);
        return sched_setaffinity(0, sizeof one, &one) == 0;
    }
    return false;
}

void StartLine::reset(int threads)
{
    m_threads = threads;
    m_cpus = cpuCount(); // here, on the starting thread: a worker may have pinned itself
    m_count.store(0);
    m_generation.store(0);
    m_firstNs.store(0);
    m_rounds.store(0);
    for (int g = 0; g < MaxRounds; ++g) {
        m_late[std::size_t(g)].store(false);
        m_go[std::size_t(g)].store(false);
    }
}

bool StartLine::arrive(const std::function<bool()> &stopping)
{
    if (m_threads <= 1)
        return true;
    // More threads than CPUs can never all run at once: arriving is all they can do together.
    const bool rounds = m_threads <= m_cpus;
    const std::int64_t bound = std::chrono::nanoseconds(Bound).count();
    const std::int64_t prompt = std::chrono::nanoseconds(Prompt).count();
    for (;;) {
        const int g = m_generation.load(std::memory_order_acquire);
        if (m_count.fetch_add(1, std::memory_order_acq_rel) + 1 == m_threads) {
            // The last one in opens round g and decides, for everyone, whether they leave.
            const std::int64_t now = nowNs();
            if (g == 0)
                m_firstNs.store(now, std::memory_order_relaxed);
            const bool together = !rounds || (g > 0 && !m_late[std::size_t(g - 1)].load());
            const bool go = together || now - m_firstNs.load(std::memory_order_relaxed) > bound ||
                            g + 1 >= MaxRounds;
            m_go[std::size_t(g)].store(go, std::memory_order_relaxed);
            m_count.store(0, std::memory_order_relaxed);
            m_openedNs.store(now, std::memory_order_relaxed);
            if (go)
                m_rounds.store(g + 1, std::memory_order_relaxed);
            m_generation.store(g + 1, std::memory_order_release);
            if (go)
                return true;
            continue;
        }
        // Spin on the CPU (a yield would hand it to another program); past a while, yield so
        // a late thread queued on this CPU gets to run.
        const std::int64_t spinUntil = nowNs() + bound / 10;
        while (m_generation.load(std::memory_order_acquire) == g) {
            if (stopping())
                return false;
            if (nowNs() < spinUntil)
                cpuRelax();
            else
                std::this_thread::yield();
        }
        if (nowNs() - m_openedNs.load(std::memory_order_relaxed) > prompt)
            m_late[std::size_t(g)].store(true, std::memory_order_relaxed);
        if (m_go[std::size_t(g)].load(std::memory_order_relaxed))
            return true;
    }
}

} // namespace stage
