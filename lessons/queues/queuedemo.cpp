#include "queuedemo.h"

#include <algorithm>
#include <chrono>
#include <thread>

namespace queues {

using stage::Value;

namespace {

std::int64_t nowNs()
{
    return std::chrono::steady_clock::now().time_since_epoch().count();
}

/// The value an event carries for @p item: its number, or the text None for a pill.
Value label(const Item &item)
{
    if (item.pill())
        return Value::str("item", "None");
    return {"item", item.seq};
}

} // namespace

QStringList QueueDemo::stepNames()
{
    return {QStringLiteral("make"),    QStringLiteral("put"),       QStringLiteral("get"),
            QStringLiteral("consume"), QStringLiteral("join"),      QStringLiteral("pill"),
            QStringLiteral("done"),    QStringLiteral("task_done"), QStringLiteral("q.join")};
}

QueueDemo::QueueDemo(const QueueOptions &options)
    : m_options(options), m_stage(std::make_unique<stage::Stage>())
{
    const bool lifo = m_options.kind == Kind::Lifo;
    m_stage->setSteps(stepNames());
    m_stage->addShared(QStringLiteral("consumed"), 0);
    const int id = m_stage->addQueue(QStringLiteral("q"), m_options.maxsize, lifo);
    m_queue =
        std::make_unique<stage::StageQueue<Item>>(*m_stage, id, m_options.maxsize, lifo, label);
    m_tasks = std::make_unique<stage::StageMutex>(
        *m_stage, m_stage->addLock(QStringLiteral("all_tasks_done")));
    m_allTasksDone = std::make_unique<stage::StageCondition>(
        *m_stage, m_stage->addCondition(QStringLiteral("all_tasks_done")), *m_tasks);
    m_unfinished = m_options.items;
    // Worker ids: producers first, then consumers, then main (it joins the producers by id).
    for (int p = 0; p < m_options.producers; ++p)
        m_stage->addWorker(QStringLiteral("P%1").arg(p + 1),
                           [this, p](stage::Worker &w) { producer(w, p); });
    for (int c = 0; c < m_options.consumers; ++c)
        m_stage->addWorker(QStringLiteral("C%1").arg(c + 1),
                           [this](stage::Worker &w) { consumer(w); });
    m_stage->addWorker(QStringLiteral("main"), [this](stage::Worker &w) { mainThread(w); });
    m_stage->setOnFinished([this] { m_t1Ns.store(nowNs()); });
}

QueueDemo::~QueueDemo()
{
    m_stage->stop(); // joins before the queue goes away
}

void QueueDemo::start()
{
    m_t0Ns.store(nowNs());
    m_stage->start();
}

double QueueDemo::elapsedMs() const
{
    return double(m_t1Ns.load() - m_t0Ns.load()) / 1e6;
}

// @listing-begin
void QueueDemo::producer(stage::Worker &w, int index)
{
    // Items are numbered 1…K across producers: producer p makes p+1, p+1+P, p+1+2P, …
    const int p = m_options.producers;
    for (std::int64_t n = index + 1; n <= m_options.items; n += p) {
        w.at(int(Step::Make), {{"item", n}});
        Item item{index, n}; // item = make() // @step make
        w.at(int(Step::Put), {{"item", n}});
        m_queue->put(w, item); // q.put(item): waits while q is full // @step put
    }
}

void QueueDemo::consumer(stage::Worker &w)
{
    for (;;) {
        w.at(int(Step::Get));
        const Item item = m_queue->get(w); // item = q.get(): waits while q is empty // @step get
        if (item.pill()) {
            w.at(int(Step::Done),
                 {Value::str("item", "None")}); // if item is None: break // @step done
            return;
        }
        w.at(int(Step::Consume), {{"item", item.seq}});
        const std::int64_t done =
            m_consumed.fetch_add(1, std::memory_order_relaxed) + 1; // @step consume
        w.wrote(ConsumedId, done);
        w.at(int(Step::TaskDone), {{"item", item.seq}});
        stage::StageLockGuard guard(*m_tasks, w); // q.task_done() // @step task_done
        if (--m_unfinished == 0)
            m_allTasksDone->notifyAll(w);
    }
}

void QueueDemo::mainThread(stage::Worker &w)
{
    for (int p = 0; p < m_options.producers; ++p) {
        w.at(int(Step::Join), {{"t", p + 1}});
        m_stage->join(w, p); // t.join() // @step join
    }
    {
        w.at(int(Step::QJoin));
        stage::StageLockGuard guard(*m_tasks,
                                    w); // q.join(): until every item is done // @step q.join
        while (m_unfinished > 0)
            m_allTasksDone->wait(guard);
    }
    for (int c = 0; c < m_options.consumers; ++c) {
        w.at(int(Step::Pill), {{"pill", c + 1}});
        m_queue->put(w, Item{}); // q.put(None): one per consumer // @step pill
    }
}
// @listing-end

OrderCheck::OrderCheck(Kind kind, std::int64_t items)
    : m_kind(kind), m_items(items), m_taken(std::size_t(std::max<std::int64_t>(items, 0)) + 1, 0)
{}

void OrderCheck::feed(const std::vector<stage::Event> &events)
{
    constexpr std::int64_t Pill = -1;
    for (const stage::Event &e : events) {
        if (!m_ok)
            return;
        if (e.objectKind != stage::ObjectKind::Queue || e.object != QueueDemo::QueueId)
            continue;
        if (e.kind != stage::EventKind::Put && e.kind != stage::EventKind::Take)
            continue;
        const std::int64_t v = e.values[0].text ? Pill : e.values[0].value;
        if (e.kind == stage::EventKind::Put) {
            m_model.push_back(v);
            continue;
        }
        if (m_model.empty()) {
            m_ok = false; // a take from a queue the trace says is empty
            return;
        }
        const std::int64_t expected = m_kind == Kind::Fifo ? m_model.front() : m_model.back();
        if (m_kind == Kind::Fifo)
            m_model.pop_front();
        else
            m_model.pop_back();
        if (v != expected) {
            m_ok = false;
            return;
        }
        if (v == Pill)
            continue;
        if (v < 1 || v > m_items || m_taken[std::size_t(v)]) {
            m_ok = false; // unknown, or taken twice
            return;
        }
        m_taken[std::size_t(v)] = 1;
        ++m_count;
    }
}

QueueResult runQueue(const QueueOptions &options)
{
    QueueDemo demo(options);
    demo.stage().setPacing(stage::Pacing::FullSpeed);
    demo.stage().setSampleShift(0); // every put and take recorded: the order check reads them
    OrderCheck check(options.kind, options.items);
    demo.start();
    // Check while it runs: puts and takes are never dropped, so an undrained trace would grow.
    while (!demo.stage().isFinished()) {
        check.feed(demo.stage().drain());
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    demo.stage().wait();
    check.feed(demo.stage().drain());
    QueueResult r;
    r.items = options.items;
    r.consumed = demo.consumed();
    r.orderOk = check.ok() && r.consumed == options.items;
    r.elapsedMs = demo.elapsedMs();
    return r;
}

} // namespace queues
