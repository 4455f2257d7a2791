#include "stagemutex.h"

namespace stage {

StageMutex::StageMutex(Stage &stage, int lockId) : m_stage(stage), m_id(lockId)
{
    m_hook = m_stage.addStopHook([this] {
        std::lock_guard lk(m_mutex); // a waiter checks stopping under this mutex
        m_free.notify_all();
    });
}

StageMutex::~StageMutex()
{
    m_stage.removeStopHook(m_hook);
}

void StageMutex::lock(Worker &w)
{
    std::unique_lock lk(m_mutex);
    acquireLocked(w, lk);
}

void StageMutex::acquireLocked(Worker &w, std::unique_lock<std::mutex> &lk)
{
    const int me = w.id();
    const bool fast = m_stage.pacing() == Pacing::FullSpeed;
    if (m_owner < 0 && (m_waiters.empty() || fast)) {
        m_owner = me;
        m_stage.note(w, EventKind::Acquired, ObjectKind::Lock, m_id, 0, nullptr, 0);
        return;
    }
    m_waiters.push_back(me);
    try {
        m_stage.blockOn(w, ObjectKind::Lock, m_id, BlockOp::Acquire, lk, m_free, [this, me] {
            if (m_owner == me)
                return true; // handed over by releaseLocked()
            if (m_owner >= 0)
                return false;
            // Free: at full speed whoever wakes first takes it, as a plain mutex does.
            if (m_stage.pacing() == Pacing::FullSpeed || m_waiters.front() == me)
                return true;
            // Freed at full speed, and the pacing changed before the first in line took it:
            // wake everyone, so the first in line does.
            m_free.notify_all();
            return false;
        });
    } catch (const Stopped &) {
        std::erase(m_waiters, me);
        throw;
    }
    if (m_owner == me)
        return; // the hand-off was recorded by the worker that released it
    std::erase(m_waiters, me);
    m_owner = me;
    m_stage.note(w, EventKind::Acquired, ObjectKind::Lock, m_id, 0, nullptr, 0);
}

void StageMutex::unlock(Worker &w)
{
    std::lock_guard lk(m_mutex);
    releaseLocked(w);
}

void StageMutex::releaseLocked(Worker &w)
{
    m_stage.note(w, EventKind::Released, ObjectKind::Lock, m_id, 0, nullptr, 0);
    m_owner = -1;
    if (m_waiters.empty())
        return;
    if (m_stage.pacing() == Pacing::FullSpeed) {
        m_free.notify_one(); // nobody waits for the stage to settle at full speed
        return;
    }
    // Paced: the longest waiter gets it, not whichever thread the OS wakes first, so a run
    // replayed under the same grants hands the lock on in the same order.
    const int next = m_waiters.front();
    m_waiters.pop_front();
    m_owner = next;
    m_stage.record(EventKind::Acquired, next, ObjectKind::Lock, m_id);
    m_stage.wakeInTurn(ObjectKind::Lock, m_id, BlockOp::Acquire, next);
    m_free.notify_all();
}

StageCondition::StageCondition(Stage &stage, int conditionId, StageMutex &mutex)
    : m_stage(stage), m_id(conditionId), m_mutex(mutex)
{
    m_hook = m_stage.addStopHook([this] {
        std::lock_guard lk(m_mutex.m_mutex);
        m_cv.notify_all();
    });
}

StageCondition::~StageCondition()
{
    m_stage.removeStopHook(m_hook);
}

void StageCondition::wait(StageLockGuard &guard)
{
    Worker &w = guard.m_w;
    std::unique_lock lk(m_mutex.m_mutex);
    const std::uint64_t ticket = m_ticket++;
    m_mutex.releaseLocked(w);
    guard.m_owns = false; // until the lock is ours again
    m_stage.blockOn(w, ObjectKind::Condition, m_id, BlockOp::Wait, lk, m_cv,
                    [&] { return ticket < m_granted; });
    m_mutex.acquireLocked(w, lk);
    guard.m_owns = true;
}

void StageCondition::notifyOne(Worker &)
{
    std::lock_guard lk(m_mutex.m_mutex);
    if (m_granted < m_ticket)
        ++m_granted;
    m_stage.wake(ObjectKind::Condition, m_id, BlockOp::Wait);
    m_cv.notify_all(); // the waiter holding the oldest ticket goes; the others wait again
}

void StageCondition::notifyAll(Worker &)
{
    std::lock_guard lk(m_mutex.m_mutex);
    m_granted = m_ticket;
    m_stage.wake(ObjectKind::Condition, m_id, BlockOp::Wait);
    m_cv.notify_all();
}

} // namespace stage
