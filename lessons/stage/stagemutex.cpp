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
    m_stage.blockOn(w, ObjectKind::Lock, m_id, BlockOp::Acquire, lk, m_free,
                    [this] { return m_owner < 0; });
    m_owner = w.id();
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
    if (m_stage.pacing() == Pacing::FullSpeed) {
        m_free.notify_one(); // nobody waits for the stage to settle at full speed
        return;
    }
    m_stage.wake(ObjectKind::Lock, m_id, BlockOp::Acquire);
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
