#pragma once

#include "stage/scene.h"
#include "stage/stage.h"
#include "stage/stagemutex.h"
#include "stage/stagequeue.h"

#include <QStringList>
#include <atomic>
#include <cstdint>
#include <deque>
#include <memory>
#include <vector>

namespace queues {

/// Which end items leave from.
enum class Kind {
    Fifo, ///< queue.Queue: first in, first out (the ticket window)
    Lifo, ///< queue.LifoQueue: last in, first out (a stack)
};

/// The knobs of one producer/consumer run over one queue.
struct QueueOptions
{
    Kind kind = Kind::Fifo;
    int maxsize = 4;         ///< 0 = unbounded (Python's default)
    int producers = 2;       ///< 1 … MaxWorkers
    int consumers = 2;       ///< 1 … MaxWorkers
    std::int64_t items = 20; ///< items produced in all, 1 … MaxItems
};

/// What a finished run reports.
struct QueueResult
{
    std::int64_t items = 0;    ///< items the producers put
    std::int64_t consumed = 0; ///< items the consumers got (poison pills not counted)
    bool orderOk = false;      ///< every get took the item the queue's discipline says, each once
    double elapsedMs = 0;      ///< wall time of the run
};

/// Most producers or consumers of one run.
constexpr int MaxWorkers = 64;
/// Most items of one run.
constexpr std::int64_t MaxItems = 1'000'000;
/// Largest bounded maxsize.
constexpr int MaxSize = 1'000'000;

/// One thing in the queue: an item made by a producer, or a poison pill telling a consumer to
/// stop (Python's `q.put(None)`).
struct Item
{
    int producer = -1;    ///< 0-based, -1 for a pill
    std::int64_t seq = 0; ///< the producer's count, from 0
    bool pill() const { return producer < 0; }
};

/// P producer threads put K items into one bounded FIFO or LIFO queue; C consumer threads get
/// them; the main thread joins the producers, waits in q.join() until every item was taken and
/// done (on a stack a pill put any earlier would jump ahead of the items still in it), and then
/// puts one pill per consumer. Every put and
/// get is a real blocking call on stage::StageQueue.
class QueueDemo
{
public:
    /// Visible steps, in the order a worker meets them.
    enum class Step : int {
        Make = 0,     ///< producer: item = make()
        Put = 1,      ///< producer: q.put(item)
        Get = 2,      ///< consumer: item = q.get()
        Consume = 3,  ///< consumer: use(item)
        Join = 4,     ///< main: t.join() for every producer
        Pill = 5,     ///< main: q.put(None) once per consumer
        Done = 6,     ///< consumer: got None, leaves
        TaskDone = 7, ///< consumer: q.task_done()
        QJoin = 8,    ///< main: q.join() waits until every item was taken and done
    };

    /// Sets the stage up; nothing runs until start().
    explicit QueueDemo(const QueueOptions &options);
    /// Stops and joins every worker.
    ~QueueDemo();

    /// The stage the workers run on.
    stage::Stage &stage() { return *m_stage; }
    /// The knobs of this run.
    const QueueOptions &options() const { return m_options; }
    /// Starts every worker.
    void start();
    /// Items consumed so far.
    std::int64_t consumed() const { return m_consumed.load(std::memory_order_relaxed); }
    /// Wall time from start() to the last worker's end, once finished.
    double elapsedMs() const;

    /// Step names by id.
    static QStringList stepNames();
    /// Id of the queue in the scene.
    static constexpr int QueueId = 0;
    /// Id of the shared counter `consumed` in the scene.
    static constexpr int ConsumedId = 0;

private:
    void producer(stage::Worker &w, int index);
    void consumer(stage::Worker &w);
    void mainThread(stage::Worker &w);

    QueueOptions m_options;
    std::unique_ptr<stage::Stage> m_stage;
    std::unique_ptr<stage::StageQueue<Item>> m_queue;
    std::unique_ptr<stage::StageMutex> m_tasks;            ///< Python's all_tasks_done lock
    std::unique_ptr<stage::StageCondition> m_allTasksDone; ///< q.join() waits on it
    std::int64_t m_unfinished = 0;                         ///< guarded by m_tasks
    std::atomic<std::int64_t> m_consumed{0};
    std::atomic<std::int64_t> m_t0Ns{0};
    std::atomic<std::int64_t> m_t1Ns{0};
};

/// Checks a queue's own trace as it is drained: replays every Put and Take of queue
/// QueueDemo::QueueId against a model FIFO (or LIFO), so each Take must take the item the model
/// says, and every one of the items 1…K must be taken exactly once.
class OrderCheck
{
public:
    /// A check for @p items items through a queue of kind @p kind.
    OrderCheck(Kind kind, std::int64_t items);
    /// Folds the next events of the trace, in order.
    void feed(const std::vector<stage::Event> &events);
    /// True when every take so far matched and all items were taken once each.
    bool ok() const { return m_ok && m_count == m_items; }
    /// Items (not pills) taken so far.
    std::int64_t taken() const { return m_count; }

private:
    Kind m_kind;
    std::int64_t m_items;
    std::deque<std::int64_t> m_model;
    std::vector<char> m_taken;
    std::int64_t m_count = 0;
    bool m_ok = true;
};

/// Runs one demo headless at full speed, checks the order from its trace, and waits for it
/// (the `--run queue` command).
QueueResult runQueue(const QueueOptions &options);

} // namespace queues
