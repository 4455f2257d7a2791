#pragma once

#include "stage.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>

namespace stage {

/// A bounded blocking queue the stage can see (Python's queue.Queue, or queue.LifoQueue when
/// lifo): a std::mutex and two std::condition_variables. put() on a full queue and get() on an
/// empty one block through the stage's blocking core — drawn waiting at the queue, settled for
/// the scheduler, woken at once by stop(). Every put and get is an event carrying the item's
/// label, so the Scene shows the items in order.
template <class T> class StageQueue
{
public:
    /// Turns an item into the value an event carries (a number or an interned text).
    using Label = std::function<Value(const T &)>;

    /// Queue @p queueId of @p stage, as declared by Stage::addQueue (capacity 0 = unbounded).
    StageQueue(Stage &stage, int queueId, int capacity, bool lifo, Label label)
        : m_stage(stage), m_id(queueId), m_capacity(capacity), m_lifo(lifo),
          m_label(std::move(label))
    {
        m_hook = m_stage.addStopHook([this] {
            std::lock_guard lk(m_mutex);
            m_notFull.notify_all();
            m_notEmpty.notify_all();
        });
    }
    /// Forgets its stop hook.
    ~StageQueue() { m_stage.removeStopHook(m_hook); }
    StageQueue(const StageQueue &) = delete;
    StageQueue &operator=(const StageQueue &) = delete;

    /// q.put(item): blocks while the queue is full. Throws Stopped.
    void put(Worker &w, T item)
    {
        std::unique_lock lk(m_mutex);
        m_stage.blockOn(w, ObjectKind::Queue, m_id, BlockOp::Put, lk, m_notFull,
                        [this] { return !fullLocked(); });
        pushLocked(w, std::move(item));
    }
    /// q.put_nowait(item): false (Python raises Full) when the queue is full.
    bool tryPut(Worker &w, T item)
    {
        std::lock_guard lk(m_mutex);
        if (fullLocked())
            return false;
        pushLocked(w, std::move(item));
        return true;
    }
    /// q.get(): blocks while the queue is empty. Throws Stopped.
    T get(Worker &w)
    {
        std::unique_lock lk(m_mutex);
        m_stage.blockOn(w, ObjectKind::Queue, m_id, BlockOp::Get, lk, m_notEmpty,
                        [this] { return !m_items.empty(); });
        return popLocked(w);
    }
    /// q.get_nowait(): nothing (Python raises Empty) when the queue is empty.
    std::optional<T> tryGet(Worker &w)
    {
        std::lock_guard lk(m_mutex);
        if (m_items.empty())
            return std::nullopt;
        return popLocked(w);
    }
    /// q.qsize()
    int size() const
    {
        std::lock_guard lk(m_mutex);
        return int(m_items.size());
    }
    /// q.empty()
    bool empty() const { return size() == 0; }
    /// q.full()
    bool full() const
    {
        std::lock_guard lk(m_mutex);
        return fullLocked();
    }
    /// maxsize (0 = unbounded).
    int capacity() const { return m_capacity; }

private:
    bool fullLocked() const { return m_capacity > 0 && int(m_items.size()) >= m_capacity; }
    void pushLocked(Worker &w, T item)
    {
        const Value v = m_label(item);
        m_items.push_back(std::move(item));
        m_stage.note(w, EventKind::Put, ObjectKind::Queue, m_id, qint64(m_items.size()), &v, 1);
        m_stage.wake(ObjectKind::Queue, m_id, BlockOp::Get);
        m_notEmpty.notify_all();
    }
    T popLocked(Worker &w)
    {
        T item = std::move(m_lifo ? m_items.back() : m_items.front());
        if (m_lifo)
            m_items.pop_back();
        else
            m_items.pop_front();
        const Value v = m_label(item);
        m_stage.note(w, EventKind::Take, ObjectKind::Queue, m_id, qint64(m_items.size()), &v, 1);
        m_stage.wake(ObjectKind::Queue, m_id, BlockOp::Put);
        m_notFull.notify_all();
        return item;
    }

    Stage &m_stage;
    int m_id;
    int m_capacity;
    bool m_lifo;
    Label m_label;
    int m_hook;
    mutable std::mutex m_mutex;
    std::condition_variable m_notFull;
    std::condition_variable m_notEmpty;
    std::deque<T> m_items;
};

} // namespace stage
