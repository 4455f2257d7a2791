#pragma once

#include "stage.h"

#include <condition_variable>
#include <deque>
#include <mutex>

namespace stage {

/// A lock the stage can see: who holds it and who waits, so it can be drawn and the scheduler
/// knows a waiting worker is settled. Built on the stage's blocking core (a std::mutex guarding
/// the owner, a std::condition_variable for the waiters), so stop() wakes every waiter. Use with
/// StageLockGuard.
///
/// Paced (Run, Paused, Scheduler), it is fair: unlock hands the lock to the worker that has
/// waited longest (recorded as that worker's Acquired, right after the Released), and that
/// worker moves on only once the others have settled, so a run replayed under the same grants
/// takes the same course. At full speed it is a plain mutex: whoever wakes first takes it.
class StageMutex
{
public:
    /// A mutex known to @p stage as lock @p lockId.
    StageMutex(Stage &stage, int lockId);
    /// Forgets its stop hook.
    ~StageMutex();
    StageMutex(const StageMutex &) = delete;
    StageMutex &operator=(const StageMutex &) = delete;

    /// Acquires for @p w, drawn as waiting while another worker holds the lock. Throws Stopped.
    void lock(Worker &w);
    /// Releases; @p w must hold it.
    void unlock(Worker &w);
    /// The stage's lock id.
    int id() const { return m_id; }

private:
    friend class StageCondition;
    /// Gives the lock up with m_mutex held (unlock(), and condition waits).
    void releaseLocked(Worker &w);
    /// Takes the lock with m_mutex held, waiting as the blocking core says.
    void acquireLocked(Worker &w, std::unique_lock<std::mutex> &lk);

    Stage &m_stage;
    int m_id;
    int m_hook;
    std::mutex m_mutex;
    std::condition_variable m_free;
    int m_owner = -1;
    std::deque<int> m_waiters; ///< worker ids in the order they began to wait
};

/// RAII owner of a StageMutex: unwinding on stop always releases the lock.
class StageLockGuard
{
public:
    /// Acquires @p m for @p w.
    StageLockGuard(StageMutex &m, Worker &w) : m_m(m), m_w(w) { m_m.lock(m_w); }
    /// Releases unless unlock() already did.
    ~StageLockGuard()
    {
        if (m_owns)
            m_m.unlock(m_w);
    }
    /// Releases now (the visible `lock.release()` step).
    void unlock()
    {
        if (m_owns) {
            m_owns = false;
            m_m.unlock(m_w);
        }
    }
    /// True while this guard holds the lock.
    bool ownsLock() const { return m_owns; }
    StageLockGuard(const StageLockGuard &) = delete;
    StageLockGuard &operator=(const StageLockGuard &) = delete;

private:
    friend class StageCondition;
    StageMutex &m_m;
    Worker &m_w;
    bool m_owns = true;
};

/// A condition variable on a StageMutex (Python's threading.Condition): wait() releases the
/// lock, blocks until notified (interruptibly, settled meanwhile) and takes the lock back.
class StageCondition
{
public:
    /// Condition @p conditionId of @p stage, used with @p mutex.
    StageCondition(Stage &stage, int conditionId, StageMutex &mutex);
    /// Forgets its stop hook.
    ~StageCondition();
    StageCondition(const StageCondition &) = delete;
    StageCondition &operator=(const StageCondition &) = delete;

    /// Waits for a notify; @p guard must hold the mutex. Throws Stopped (the lock is then not
    /// held; the guard knows).
    void wait(StageLockGuard &guard);
    /// Wakes one waiter (the longest waiting).
    void notifyOne(Worker &w);
    /// Wakes every waiter.
    void notifyAll(Worker &w);

private:
    Stage &m_stage;
    int m_id;
    StageMutex &m_mutex;
    int m_hook;
    std::condition_variable m_cv;
    std::uint64_t m_ticket = 0;  ///< next waiter's number
    std::uint64_t m_granted = 0; ///< waiters numbered below this were notified
};

} // namespace stage
