#include "queuecalls.h"

#include <chrono>

namespace queues {

using stage::Value;

QStringList QueueCalls::stepNames()
{
    return {QStringLiteral("call"), QStringLiteral("return"), QStringLiteral("raise"),
            QStringLiteral("wait")};
}

QueueCalls::QueueCalls(Kind kind, int maxsize) : QueueCalls(std::vector<Kind>{kind}, maxsize) {}

std::unique_ptr<QueueCalls> QueueCalls::pair(int maxsize)
{
    return std::unique_ptr<QueueCalls>(new QueueCalls({Kind::Fifo, Kind::Lifo}, maxsize));
}

QueueCalls::QueueCalls(const std::vector<Kind> &kinds, int maxsize)
    : m_kinds(kinds), m_stage(std::make_unique<stage::Stage>()), m_next(kinds.size(), 1)
{
    m_stage->setSteps(stepNames());
    m_stage->setSampleShift(0); // a press makes a handful of events: every answer is drawn
    for (std::size_t k = 0; k < kinds.size(); ++k) {
        const bool lifo = kinds[k] == Kind::Lifo;
        // One queue is the notes' q; the pair's stack is s, so its calls read differently.
        m_names << (k == 0 ? QStringLiteral("q") : QStringLiteral("s"));
        const int id = m_stage->addQueue(m_names.back(), maxsize, lifo);
        m_queues.push_back(
            std::make_unique<Queue>(*m_stage, id, maxsize, lifo, [](const std::int64_t &v) {
                return Value{"item", v};
            }));
    }
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

QString QueueCalls::pythonText(Call call, std::int64_t x, const QString &var)
{
    switch (call) {
    case Call::Put:
        return QStringLiteral("%1.put(%2)").arg(var).arg(x);
    case Call::Get:
        return var + QStringLiteral(".get()");
    case Call::PutNowait:
        return QStringLiteral("%1.put_nowait(%2)").arg(var).arg(x);
    case Call::GetNowait:
        return var + QStringLiteral(".get_nowait()");
    case Call::Full:
        return var + QStringLiteral(".full()");
    case Call::Empty:
        return var + QStringLiteral(".empty()");
    case Call::Qsize:
        return var + QStringLiteral(".qsize()");
    }
    return {};
}

int QueueCalls::call(Call call, int queue)
{
    if (queue < 0 || queue >= queueCount())
        return -1;
    const auto k = std::size_t(queue);
    const bool puts = call == Call::Put || call == Call::PutNowait;
    const std::int64_t x = puts ? m_next[k] : 0;
    Queue *q = m_queues[k].get();
    const int id = m_stage->addWorker(pythonText(call, x, m_names[int(k)]),
                                      [q, call, x](stage::Worker &w) { run(w, *q, call, x); });
    if (id >= 0 && puts)
        ++m_next[k];
    return id;
}

// @listing-begin
void QueueCalls::run(stage::Worker &w, Queue &q, Call call, std::int64_t x)
{
    w.at(int(Step::Call), {{"x", x}});
    switch (call) {
    case Call::Put:
        q.put(w, x); // blocks while q is full // @step call
        w.at(int(Step::Return), {Value::str("answer", "None")});
        return;
    case Call::Get: {
        const std::int64_t item = q.get(w); // blocks while q is empty
        w.at(int(Step::Return), {{"answer", item}});
        return;
    }
    case Call::PutNowait:
        if (!q.tryPut(w, x)) {
            w.at(int(Step::Raise),
                 {Value::str("raised", "queue.Full")}); // raise Full // @step raise
            return;
        }
        w.at(int(Step::Return), {Value::str("answer", "None")}); // @step return
        return;
    case Call::GetNowait:
        if (const auto item = q.tryGet(w)) {
            w.at(int(Step::Return), {{"answer", *item}});
            return;
        }
        w.at(int(Step::Raise), {Value::str("raised", "queue.Empty")});
        return;
    case Call::Full:
        w.at(int(Step::Return), {Value::str("answer", q.full() ? "True" : "False")});
        return;
    case Call::Empty:
        w.at(int(Step::Return), {Value::str("answer", q.empty() ? "True" : "False")});
        return;
    case Call::Qsize:
        w.at(int(Step::Return), {{"answer", q.size()}});
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
