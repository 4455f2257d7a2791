#include "queuecalls.h"

#include <chrono>

namespace queues {

using stage::Value;

QStringList QueueCalls::stepNames()
{
    return {QStringLiteral("call"), QStringLiteral("return"), QStringLiteral("raise"),
            QStringLiteral("wait")};
}

QueueCalls::QueueCalls(Kind kind, int maxsize)
    : m_kind(kind), m_stage(std::make_unique<stage::Stage>())
{
    const bool lifo = kind == Kind::Lifo;
    m_stage->setSteps(stepNames());
    const int id = m_stage->addQueue(QStringLiteral("q"), maxsize, lifo);
    m_queue = std::make_unique<stage::StageQueue<std::int64_t>>(*m_stage, id, maxsize, lifo,
                                                                [](const std::int64_t &v) {
                                                                    return Value{"item", v};
                                                                });
    m_stage->addWorker(QStringLiteral("main"), [](stage::Worker &w) {
        // The main thread waits for the teacher's next press; stop() ends the wait at once.
        for (;;) {
            w.at(int(Step::Wait));
            w.sleep(std::chrono::hours(24), stage::BlockOp::Wait);
        }
    });
}

QueueCalls::~QueueCalls()
{
    m_stage->stop(); // joins every call's thread before the queue goes away
}

void QueueCalls::start()
{
    m_stage->start();
}

QString QueueCalls::pythonText(Call call, std::int64_t x)
{
    switch (call) {
    case Call::Put:
        return QStringLiteral("q.put(%1)").arg(x);
    case Call::Get:
        return QStringLiteral("q.get()");
    case Call::PutNowait:
        return QStringLiteral("q.put_nowait(%1)").arg(x);
    case Call::GetNowait:
        return QStringLiteral("q.get_nowait()");
    case Call::Full:
        return QStringLiteral("q.full()");
    case Call::Empty:
        return QStringLiteral("q.empty()");
    case Call::Qsize:
        return QStringLiteral("q.qsize()");
    }
    return {};
}

int QueueCalls::call(Call call)
{
    const bool puts = call == Call::Put || call == Call::PutNowait;
    const std::int64_t x = puts ? m_next : 0;
    const int id = m_stage->addWorker(pythonText(call, x),
                                      [this, call, x](stage::Worker &w) { run(w, call, x); });
    if (id >= 0 && puts)
        ++m_next;
    return id;
}

// @listing-begin
void QueueCalls::run(stage::Worker &w, Call call, std::int64_t x)
{
    w.at(int(Step::Call), {{"x", x}});
    switch (call) {
    case Call::Put:
        m_queue->put(w, x); // blocks while q is full // @step call
        w.at(int(Step::Return), {Value::str("answer", "None")});
        return;
    case Call::Get: {
        const std::int64_t item = m_queue->get(w); // blocks while q is empty
        w.at(int(Step::Return), {{"answer", item}});
        return;
    }
    case Call::PutNowait:
        if (!m_queue->tryPut(w, x)) {
            w.at(int(Step::Raise),
                 {Value::str("raised", "queue.Full")}); // raise Full // @step raise
            return;
        }
        w.at(int(Step::Return), {Value::str("answer", "None")}); // @step return
        return;
    case Call::GetNowait:
        if (const auto item = m_queue->tryGet(w)) {
            w.at(int(Step::Return), {{"answer", *item}});
            return;
        }
        w.at(int(Step::Raise), {Value::str("raised", "queue.Empty")});
        return;
    case Call::Full:
        w.at(int(Step::Return), {Value::str("answer", m_queue->full() ? "True" : "False")});
        return;
    case Call::Empty:
        w.at(int(Step::Return), {Value::str("answer", m_queue->empty() ? "True" : "False")});
        return;
    case Call::Qsize:
        w.at(int(Step::Return), {{"answer", m_queue->size()}});
        return;
    }
}
// @listing-end

CallAnswer QueueCalls::answer(const stage::Scene &scene, int worker)
{
    CallAnswer a;
    if (worker < 0 || std::size_t(worker) >= scene.workers().size())
        return a;
    const stage::WorkerView &w = scene.workers()[std::size_t(worker)];
    a.call = w.name;
    a.blocked = w.state == stage::WorkerState::Blocked;
    if (w.step != int(Step::Return) && w.step != int(Step::Raise))
        return a;
    for (const stage::NamedValue &v : w.locals) {
        if (v.name != QLatin1String("answer") && v.name != QLatin1String("raised"))
            continue;
        a.raised = v.name == QLatin1String("raised");
        a.answer = v.isText ? v.text : QString::number(v.value);
    }
    return a;
}

} // namespace queues
