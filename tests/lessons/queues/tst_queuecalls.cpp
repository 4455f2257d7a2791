#include "queues/queuecalls.h"
#include "stage/scene.h"

#include <QtTest>

using namespace queues;
using stage::Pacing;
using stage::Scene;
using stage::WorkerState;

namespace {

/// A started console at full speed with every event recorded.
std::unique_ptr<QueueCalls> console(Kind kind, int maxsize)
{
    auto c = std::make_unique<QueueCalls>(kind, maxsize);
    c->stage().setPacing(Pacing::FullSpeed);
    c->stage().setSampleShift(0);
    c->start();
    return c;
}

/// Waits until call thread @p id returned (or raised) and gives its answer.
CallAnswer answerOf(QueueCalls &c, Scene &scene, int id)
{
    CallAnswer a;
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT((scene.apply(c.stage().drain()), a = QueueCalls::answer(scene, id),
                                  !a.answer.isEmpty()),
                                 5000);
    }();
    return a;
}

} // namespace

class TestQueueCalls : public QObject
{
    Q_OBJECT
private slots:
    void fifoFirstInFirstOut();
    void lifoLastInFirstOut();
    void putBlocksOnFullAndGetReleasesIt();
    void getBlocksOnEmptyAndPutReleasesIt();
    void nowaitCallsRaise();
    void stopUnblocksWaitingCallsAtOnce();
    void pairAnswersTheSamePressesInBothOrders();
};

void TestQueueCalls::fifoFirstInFirstOut()
{
    auto c = console(Kind::Fifo, 0);
    Scene scene(c->stage().info());
    for (int i = 0; i < 3; ++i)
        QCOMPARE(answerOf(*c, scene, c->call(Call::Put)).answer, QStringLiteral("None"));
    QCOMPARE(answerOf(*c, scene, c->call(Call::Get)).answer, QStringLiteral("1"));
    QCOMPARE(answerOf(*c, scene, c->call(Call::Get)).answer, QStringLiteral("2"));
    QCOMPARE(scene.queues()[0].items, QStringList{QStringLiteral("3")});
}

void TestQueueCalls::lifoLastInFirstOut()
{
    auto c = console(Kind::Lifo, 0);
    Scene scene(c->stage().info());
    for (int i = 0; i < 3; ++i)
        answerOf(*c, scene, c->call(Call::Put));
    QCOMPARE(answerOf(*c, scene, c->call(Call::Get)).answer, QStringLiteral("3"));
    QCOMPARE(answerOf(*c, scene, c->call(Call::Get)).answer, QStringLiteral("2"));
    QCOMPARE(scene.queues()[0].items, QStringList{QStringLiteral("1")});
}

void TestQueueCalls::putBlocksOnFullAndGetReleasesIt()
{
    auto c = console(Kind::Fifo, 1);
    Scene scene(c->stage().info());
    answerOf(*c, scene, c->call(Call::Put)); // q = [1]: full
    QCOMPARE(answerOf(*c, scene, c->call(Call::Full)).answer, QStringLiteral("True"));
    const int putter = c->call(Call::Put); // q.put(2) must wait
    QTRY_COMPARE(c->stage().blockedOn(putter), stage::ObjectKind::Queue);
    QTRY_VERIFY(
        (scene.apply(c->stage().drain()), scene.queues()[0].putters == std::vector<int>{putter}));
    QVERIFY(QueueCalls::answer(scene, putter).blocked);
    QVERIFY(QueueCalls::answer(scene, putter).answer.isEmpty()); // has not returned
    QCOMPARE(answerOf(*c, scene, c->call(Call::Get)).answer, QStringLiteral("1"));
    QCOMPARE(answerOf(*c, scene, putter).answer, QStringLiteral("None")); // released
    QCOMPARE(scene.queues()[0].items, QStringList{QStringLiteral("2")});
    QVERIFY(scene.queues()[0].putters.empty());
}

void TestQueueCalls::getBlocksOnEmptyAndPutReleasesIt()
{
    auto c = console(Kind::Lifo, 2);
    Scene scene(c->stage().info());
    QCOMPARE(answerOf(*c, scene, c->call(Call::Empty)).answer, QStringLiteral("True"));
    const int getter = c->call(Call::Get);
    QTRY_COMPARE(c->stage().blockedOn(getter), stage::ObjectKind::Queue);
    QTRY_VERIFY(
        (scene.apply(c->stage().drain()), scene.queues()[0].getters == std::vector<int>{getter}));
    answerOf(*c, scene, c->call(Call::Put));
    QCOMPARE(answerOf(*c, scene, getter).answer, QStringLiteral("1"));
    QCOMPARE(answerOf(*c, scene, c->call(Call::Qsize)).answer, QStringLiteral("0"));
}

void TestQueueCalls::nowaitCallsRaise()
{
    auto c = console(Kind::Fifo, 1);
    Scene scene(c->stage().info());
    CallAnswer a = answerOf(*c, scene, c->call(Call::GetNowait));
    QVERIFY(a.raised);
    QCOMPARE(a.answer, QStringLiteral("queue.Empty"));
    a = answerOf(*c, scene, c->call(Call::PutNowait));
    QVERIFY(!a.raised);
    QCOMPARE(a.call, QStringLiteral("q.put_nowait(1)"));
    a = answerOf(*c, scene, c->call(Call::PutNowait));
    QVERIFY(a.raised);
    QCOMPARE(a.answer, QStringLiteral("queue.Full"));
    QCOMPARE(answerOf(*c, scene, c->call(Call::Qsize)).answer, QStringLiteral("1"));
    QCOMPARE(scene.queues()[0].items, QStringList{QStringLiteral("1")}); // 2 never went in
    a = answerOf(*c, scene, c->call(Call::GetNowait));
    QVERIFY(!a.raised);
    QCOMPARE(a.answer, QStringLiteral("1"));
    QCOMPARE(answerOf(*c, scene, c->call(Call::Empty)).answer, QStringLiteral("True"));
}

void TestQueueCalls::stopUnblocksWaitingCallsAtOnce()
{
    auto c = console(Kind::Fifo, 1);
    Scene scene(c->stage().info());
    answerOf(*c, scene, c->call(Call::Put));
    const int p = c->call(Call::Put);
    const int g1 = c->call(Call::Get); // takes 1, lets p in
    answerOf(*c, scene, g1);
    answerOf(*c, scene, p);
    const int p2 = c->call(Call::Put);
    QTRY_COMPARE(c->stage().blockedOn(p2), stage::ObjectKind::Queue);
    QElapsedTimer t;
    t.start();
    c.reset();
    QVERIFY2(t.elapsed() < 1000, qPrintable(QString::number(t.elapsed())));
}

void TestQueueCalls::pairAnswersTheSamePressesInBothOrders()
{
    auto c = QueueCalls::pair(2);
    c->stage().setPacing(Pacing::FullSpeed);
    c->stage().setSampleShift(0);
    c->start();
    Scene scene(c->stage().info());
    QCOMPARE(c->queueCount(), 2);
    QCOMPARE(c->kind(0), Kind::Fifo);
    QCOMPARE(c->kind(1), Kind::Lifo);
    for (int i = 0; i < 2; ++i)
        for (int q = 0; q < 2; ++q)
            answerOf(*c, scene, c->call(Call::Put, q));
    QCOMPARE(scene.queues()[0].name, QStringLiteral("q"));
    QCOMPARE(scene.queues()[1].name, QStringLiteral("s"));
    QVERIFY(scene.queues()[1].lifo);
    const int sPut = c->call(Call::Put, 1); // s is full: s.put(3) waits at s only
    QTRY_VERIFY(
        (scene.apply(c->stage().drain()), scene.queues()[1].putters == std::vector<int>{sPut}));
    QVERIFY(scene.queues()[0].putters.empty());
    const CallAnswer qGet = answerOf(*c, scene, c->call(Call::Get, 0));
    const CallAnswer sGet = answerOf(*c, scene, c->call(Call::Get, 1));
    QCOMPARE(qGet.call, QStringLiteral("q.get()"));
    QCOMPARE(qGet.answer, QStringLiteral("1"));                         // the queue: first in
    QCOMPARE(sGet.answer, QStringLiteral("2"));                         // the stack: last in
    QCOMPARE(answerOf(*c, scene, sPut).answer, QStringLiteral("None")); // released by s.get()
    QCOMPARE(scene.queues()[1].items, (QStringList{"1", "3"}));
    QCOMPARE(c->call(Call::Get, 2), -1); // no third queue
}

QTEST_GUILESS_MAIN(TestQueueCalls)
#include "tst_queuecalls.moc"
