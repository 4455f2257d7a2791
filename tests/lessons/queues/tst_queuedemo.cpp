#include "queues/queuedemo.h"
#include "stage/scene.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace queues;
using stage::Pacing;

Q_DECLARE_METATYPE(stage::Pacing)
Q_DECLARE_METATYPE(queues::Kind)

namespace {

QueueOptions opts(Kind kind, int maxsize, int producers, int consumers, std::int64_t items)
{
    QueueOptions o;
    o.kind = kind;
    o.maxsize = maxsize;
    o.producers = producers;
    o.consumers = consumers;
    o.items = items;
    return o;
}

stage::Event queueEvent(stage::EventKind kind, std::int64_t item)
{
    stage::Event e;
    e.kind = kind;
    e.objectKind = stage::ObjectKind::Queue;
    e.object = QueueDemo::QueueId;
    e.values[0] = {"item", item};
    e.valueCount = 1;
    return e;
}

} // namespace

class TestQueueDemo : public QObject
{
    Q_OBJECT
private slots:
    void oneProducerOneConsumerKeepsOrder_data();
    void oneProducerOneConsumerKeepsOrder();
    void everyItemOnceUnderEightByEight_data();
    void everyItemOnceUnderEightByEight();
    void orderCheckCatchesAWrongTake();
    void lifoTakesTheNewestInTheScene();
    void stopIsPromptInEveryMode_data();
    void stopIsPromptInEveryMode();
};

void TestQueueDemo::oneProducerOneConsumerKeepsOrder_data()
{
    QTest::addColumn<queues::Kind>("kind");
    QTest::addColumn<int>("maxsize");
    for (int m : {0, 1, 3}) {
        QTest::addRow("fifo-%d", m) << Kind::Fifo << m;
        QTest::addRow("lifo-%d", m) << Kind::Lifo << m;
    }
}

void TestQueueDemo::oneProducerOneConsumerKeepsOrder()
{
    QFETCH(queues::Kind, kind);
    QFETCH(int, maxsize);
    const QueueResult r = runQueue(opts(kind, maxsize, 1, 1, 500));
    QCOMPARE(r.items, 500);
    QCOMPARE(r.consumed, 500);
    QVERIFY(r.orderOk);
}

void TestQueueDemo::everyItemOnceUnderEightByEight_data()
{
    QTest::addColumn<queues::Kind>("kind");
    QTest::newRow("fifo") << Kind::Fifo;
    QTest::newRow("lifo") << Kind::Lifo;
}

void TestQueueDemo::everyItemOnceUnderEightByEight()
{
    QFETCH(queues::Kind, kind);
    const QueueResult r = runQueue(opts(kind, 4, 8, 8, 20000));
    QCOMPARE(r.consumed, 20000);
    QVERIFY(r.orderOk); // each of 1…20000 taken once, each take the one the discipline says
}

void TestQueueDemo::orderCheckCatchesAWrongTake()
{
    using K = stage::EventKind;
    const std::vector<stage::Event> trace = {queueEvent(K::Put, 1), queueEvent(K::Put, 2),
                                             queueEvent(K::Take, 1), queueEvent(K::Take, 2)};
    OrderCheck fifo(Kind::Fifo, 2);
    fifo.feed(trace);
    QVERIFY(fifo.ok());
    OrderCheck lifo(Kind::Lifo, 2); // a stack would have given 2 first
    lifo.feed(trace);
    QVERIFY(!lifo.ok());
    OrderCheck twice(Kind::Fifo, 2);
    twice.feed({queueEvent(K::Put, 1), queueEvent(K::Put, 1), queueEvent(K::Take, 1),
                queueEvent(K::Take, 1)});
    QVERIFY(!twice.ok());
    OrderCheck missing(Kind::Fifo, 3);
    missing.feed(trace);
    QVERIFY(!missing.ok());
}

void TestQueueDemo::lifoTakesTheNewestInTheScene()
{
    // One producer fills an unbounded stack before the consumer may take: scheduler grants.
    QueueDemo demo(opts(Kind::Lifo, 0, 1, 1, 3));
    demo.stage().setPacing(Pacing::Scheduler);
    demo.start();
    const int producer = 0, consumer = 1;
    for (int i = 0; i < 6; ++i) // make, put × 3
        QVERIFY(demo.stage().grant(producer));
    QTRY_VERIFY(demo.stage().isSettled());
    QVERIFY(demo.stage().grant(consumer)); // get
    QVERIFY(demo.stage().grant(consumer)); // consume
    QTRY_VERIFY(demo.stage().isSettled());
    stage::Scene scene(demo.stage().info());
    scene.apply(demo.stage().drain());
    QCOMPARE(scene.queues()[0].items, (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
    QCOMPARE(scene.queues()[0].takes, 1);
}

void TestQueueDemo::stopIsPromptInEveryMode_data()
{
    QTest::addColumn<stage::Pacing>("pacing");
    QTest::newRow("run") << Pacing::Run;
    QTest::newRow("paused") << Pacing::Paused;
    QTest::newRow("scheduler") << Pacing::Scheduler;
    QTest::newRow("full") << Pacing::FullSpeed;
}

void TestQueueDemo::stopIsPromptInEveryMode()
{
    QFETCH(stage::Pacing, pacing);
    // Eight producers on a one-slot queue and one consumer: most wait in put at any moment.
    auto demo = std::make_unique<QueueDemo>(opts(Kind::Fifo, 1, 8, 1, MaxItems));
    demo->stage().setBeat(std::chrono::milliseconds(1));
    demo->stage().setPacing(pacing);
    demo->start();
    if (pacing == Pacing::Scheduler || pacing == Pacing::Paused)
        for (int i = 0; i < 40; ++i)
            demo->stage().grant(i % 9);
    QTRY_VERIFY(demo->stage().eventsRecorded() > 20);
    QElapsedTimer t;
    t.start();
    demo.reset();
    QVERIFY2(t.elapsed() < 1000, qPrintable(QString::number(t.elapsed())));
}

QTEST_GUILESS_MAIN(TestQueueDemo)
#include "tst_queuedemo.moc"
