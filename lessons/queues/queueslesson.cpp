#include "queueslesson.h"

#include "queues/queuedemo.h"
#include "queues/queuespanel.h"

namespace queues {

namespace {

// `--run queue`: P producers and C consumers over one real bounded FIFO or LIFO queue, headless.
widgets::RunDemo queueDemo()
{
    using widgets::DemoOption;
    widgets::RunDemo d;
    d.name = QStringLiteral("queue");
    d.help = QT_TRANSLATE_NOOP("Queues", "P producers put K items into a bounded queue, C "
                                         "consumers take them; checks each is taken once, in "
                                         "the queue's order");
    const QueueOptions defaults;
    d.options = {
        DemoOption::choice(
            QStringLiteral("kind"), {QStringLiteral("fifo"), QStringLiteral("lifo")},
            QStringLiteral("fifo"),
            QT_TRANSLATE_NOOP("Queues", "queue.Queue (fifo) or queue.LifoQueue (lifo)")),
        DemoOption::integer(QStringLiteral("maxsize"), 0, MaxSize, defaults.maxsize,
                            QStringLiteral("N"),
                            QT_TRANSLATE_NOOP("Queues", "the queue's maxsize, 0 = unbounded")),
        DemoOption::integer(QStringLiteral("producers"), 1, MaxWorkers, defaults.producers,
                            QStringLiteral("P"), QT_TRANSLATE_NOOP("Queues", "producer threads")),
        DemoOption::integer(QStringLiteral("consumers"), 1, MaxWorkers, defaults.consumers,
                            QStringLiteral("C"), QT_TRANSLATE_NOOP("Queues", "consumer threads")),
        DemoOption::integer(QStringLiteral("items"), 1, MaxItems, defaults.items,
                            QStringLiteral("K"), QT_TRANSLATE_NOOP("Queues", "items in all")),
    };
    d.run = [](const widgets::DemoValues &v) {
        QueueOptions o;
        o.kind = v.value(QStringLiteral("kind")).toString() == QLatin1String("lifo") ? Kind::Lifo
                                                                                     : Kind::Fifo;
        o.maxsize = int(v.value(QStringLiteral("maxsize")).toLongLong());
        o.producers = int(v.value(QStringLiteral("producers")).toLongLong());
        o.consumers = int(v.value(QStringLiteral("consumers")).toLongLong());
        o.items = v.value(QStringLiteral("items")).toLongLong();
        const QueueResult r = runQueue(o);
        return widgets::DemoResult{{QStringLiteral("items"), qint64(r.items)},
                                   {QStringLiteral("consumed"), qint64(r.consumed)},
                                   {QStringLiteral("order_ok"), r.orderOk},
                                   {QStringLiteral("elapsed_ms"), r.elapsedMs}};
    };
    return d;
}

} // namespace

const widgets::Lesson &lesson()
{
    static const widgets::Lesson l = [] {
        widgets::Lesson x;
        x.id = QStringLiteral("queues");
        x.trContext = "Queues";
        x.title = QT_TRANSLATE_NOOP("Queues", "Queues");
        x.panel = [](QWidget *parent) { return new QueuesPanel(parent); };
        x.demos = {queueDemo()};
        return x;
    }();
    return l;
}

} // namespace queues
