#pragma once

#include "queuedemo.h"
#include "stage/scene.h"
#include "stage/stage.h"
#include "stage/stagequeue.h"

#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

namespace queues {

/// One call of the notes on a Python queue.
enum class Call {
    Put,       ///< q.put(x): waits while full
    Get,       ///< q.get(): waits while empty
    PutNowait, ///< q.put_nowait(x): raises queue.Full when full
    GetNowait, ///< q.get_nowait(): raises queue.Empty when empty
    Full,      ///< q.full()
    Empty,     ///< q.empty()
    Qsize,     ///< q.qsize()
};

/// What one call answered, folded from the Scene.
struct CallAnswer
{
    QString call;   ///< the Python call, e.g. "q.put(3)"
    QString answer; ///< e.g. "None", "True", "3", "queue.Full"; empty while it has not returned
    bool raised = false;  ///< the call raised (answer is the exception)
    bool blocked = false; ///< it waits at the queue now
};

/// The teacher's console on real queues: each button press starts a real thread that makes one
/// call (`q.put(x)`, `q.get()`, …) on a stage::StageQueue and records its answer. The lesson
/// makes the same presses on a FIFO and a LIFO queue side by side (pair()). A put on a full
/// queue really blocks its thread, drawn waiting at the queue, until a get makes room; stop()
/// unblocks it at once. A main thread waits for the teacher (an interruptible wait) so the stage
/// keeps running between presses.
class QueueCalls
{
public:
    /// Visible steps of a call's thread.
    enum class Step : int {
        Call = 0,   ///< the call starts (the Python line)
        Return = 1, ///< it returned an answer
        Raise = 2,  ///< it raised queue.Full / queue.Empty
        Wait = 3,   ///< main: waits for the next press
    };

    /// A queue `q` of @p kind with @p maxsize (0 = unbounded), not started.
    QueueCalls(Kind kind, int maxsize);
    /// Two queues of @p maxsize on one stage: `q = queue.Queue` (queue 0) and
    /// `s = queue.LifoQueue` (queue 1), not started.
    static std::unique_ptr<QueueCalls> pair(int maxsize);
    /// Stops and joins every call's thread.
    ~QueueCalls();

    /// The stage the calls run on.
    stage::Stage &stage() { return *m_stage; }
    /// Starts the stage (its main thread waits for presses).
    void start();
    /// Starts a thread making @p call on queue @p queue; put calls put that queue's next number
    /// (1, 2, 3, …). Returns the thread's worker id, or -1 when the stage is stopping or full.
    int call(Call call, int queue = 0);
    /// How many queues the console has.
    int queueCount() const { return int(m_queues.size()); }
    /// The kind of queue @p queue.
    Kind kind(int queue) const { return m_kinds[std::size_t(queue)]; }
    /// The Python variable of queue @p queue ("q", or "s" for the pair's stack).
    QString variable(int queue) const { return m_names[std::size_t(queue)]; }
    /// The number the next put on queue @p queue puts.
    std::int64_t nextItem(int queue) const { return m_next[std::size_t(queue)]; }
    /// Items in queue @p queue now (q.qsize()).
    int size(int queue = 0) const { return m_queues[std::size_t(queue)]->size(); }
    /// The Python text of @p call on variable @p var with @p x (for puts).
    static QString pythonText(Call call, std::int64_t x, const QString &var = QStringLiteral("q"));
    /// What worker @p worker (a call's thread) answered, as of @p scene.
    static CallAnswer answer(const stage::Scene &scene, int worker);
    /// Step names by id.
    static QStringList stepNames();
    /// Id of the (first) queue in the scene; queue k of a pair has id QueueId + k.
    static constexpr int QueueId = 0;

private:
    using Queue = stage::StageQueue<std::int64_t>;
    QueueCalls(const std::vector<Kind> &kinds, int maxsize);
    static void run(stage::Worker &w, Queue &q, Call call, std::int64_t x);

    std::vector<Kind> m_kinds;
    QStringList m_names;
    std::unique_ptr<stage::Stage> m_stage;
    std::vector<std::unique_ptr<Queue>> m_queues;
    std::vector<std::int64_t> m_next; ///< only the caller's (GUI) thread touches it
};

} // namespace queues
