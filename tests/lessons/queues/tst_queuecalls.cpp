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

QTEST_GUILESS_MAIN(TestQueueCalls)
#include "tst_queuecalls.moc"
