#include "stage/scene.h"
#include "threads/threadsdemo.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>
#include <set>
#include <unistd.h>

using namespace threads;
using stage::Pacing;
using stage::Scene;
using stage::WorkerState;

namespace {

ThreadsOptions opts(int count, bool join = true, Style style = Style::Procedural)
{
    ThreadsOptions o;
    o.count = count;
    o.join = join;
    o.style = style;
    return o;
}

void fold(ThreadsDemo &demo, Scene &scene)
{
    scene.apply(demo.stage().drain());
}

/// Grants the main thread until it has taken @p steps steps (or cannot go on).
void grantMain(ThreadsDemo &demo, Scene &scene, std::int64_t steps)
{
    for (int guard = 0; guard < 1000; ++guard) {
        QTRY_VERIFY(demo.stage().isSettled());
        fold(demo, scene);
        if (scene.workers()[ThreadsDemo::MainId].steps >= steps)
            return;
        if (!demo.stage().grant(ThreadsDemo::MainId))
            return;
    }
}

} // namespace

class TestThreadsDemo : public QObject
{
    Q_OBJECT
private slots:
    void namesAndTidsAreTheKernels();
    void subclassStyleRunsToo();
    void psListsTheThreadNames();
    void joinMakesMainWait();
    void withoutJoinMainFinishesFirst();
    void osNamesFitFifteenBytes();
    void countIsChecked();
    void resultFormatsHaveTheKeys();
    void stopIsPromptInEveryMode_data();
    void stopIsPromptInEveryMode();
};

void TestThreadsDemo::namesAndTidsAreTheKernels()
{
    const ThreadsResult r = runThreads(opts(5));
    QCOMPARE(r.threads, 5);
    QCOMPARE(r.names, (QStringList{"sing-1", "dance-2", "sing-3", "dance-4", "sing-5"}));
    QCOMPARE(r.pid, qint64(::getpid()));
    QCOMPARE(r.mainName, QStringLiteral("MainThread"));
    const std::set<qint64> tids(r.tids.begin(), r.tids.end());
    QCOMPARE(tids.size(), std::size_t(5)); // five threads, five kernel ids
    for (qint64 tid : r.tids)
        QVERIFY(tid > 0 && tid != r.pid); // none of them is the process's first thread
    QVERIFY(r.elapsedMs > 0);
}

void TestThreadsDemo::subclassStyleRunsToo()
{
    const ThreadsResult r = runThreads(opts(3, true, Style::Subclass));
    QCOMPARE(r.threads, 3);
    QCOMPARE(r.names, (QStringList{"sing-1", "dance-2", "sing-3"}));
}

void TestThreadsDemo::psListsTheThreadNames()
{
    ThreadsOptions o = opts(4);
    o.rounds = 1;
    o.sleepMs = 60000; // they stay alive, sleeping, until stop()
    ThreadsDemo demo(o);
    demo.stage().setPacing(Pacing::FullSpeed);
    demo.stage().setSampleShift(0);
    demo.start();
    Scene scene(demo.stage().info());
    QTRY_VERIFY(
        (fold(demo, scene), scene.workers().size() == 5 &&
                                std::all_of(scene.workers().begin() + 1, scene.workers().end(),
                                            [](const stage::WorkerView &w) {
                                                return w.state == WorkerState::Blocked;
                                            })));
    QProcess ps;
    ps.start("ps", {"-L", "-p", QString::number(::getpid()), "-o", "comm="});
    QVERIFY(ps.waitForFinished(10000));
    const QStringList comms = QString::fromLocal8Bit(ps.readAllStandardOutput()).split('\n');
    QStringList shown;
    for (const QString &c : comms)
        shown.append(c.trimmed());
    for (int k = 0; k < 4; ++k)
        QVERIFY2(shown.contains(ThreadsDemo::threadName(k)), qPrintable(shown.join(',')));
    QVERIFY(shown.contains("MainThread"));
    QElapsedTimer t;
    t.start();
    demo.stage().stop();
    QVERIFY(t.elapsed() < 1000);
}

void TestThreadsDemo::joinMakesMainWait()
{
    ThreadsDemo demo(opts(2, true));
    demo.stage().setPacing(Pacing::Scheduler);
    demo.start();
    Scene scene(demo.stage().info());
    // create, start, create, start, then the first join: main blocks on sing-1.
    grantMain(demo, scene, 5);
    QVERIFY(demo.stage().grant(ThreadsDemo::MainId));
    QTRY_VERIFY(demo.stage().isSettled());
    fold(demo, scene);
    QCOMPARE(scene.workers()[ThreadsDemo::MainId].state, WorkerState::Blocked);
    QCOMPARE(scene.workers()[ThreadsDemo::MainId].blockedKind, stage::ObjectKind::Worker);
    QCOMPARE(scene.workers()[ThreadsDemo::MainId].waitingFor, 1);
    QVERIFY(!demo.stage().grant(ThreadsDemo::MainId)); // main cannot move while it joins
    // Let the threads run; main finishes only after both.
    demo.stage().setPacing(Pacing::FullSpeed);
    QTRY_VERIFY(demo.stage().isFinished());
    fold(demo, scene);
    std::int64_t mainEnd = 0, lastThread = 0;
    for (std::size_t i = 0; i < scene.workers().size(); ++i) {
        const auto &spans = scene.workers()[i].spans;
        QCOMPARE(scene.workers()[i].state, WorkerState::Finished);
        (i == 0 ? mainEnd : lastThread) =
            std::max(i == 0 ? mainEnd : lastThread, spans.back().t0Ns);
    }
    QVERIFY(mainEnd >= lastThread);
}

void TestThreadsDemo::withoutJoinMainFinishesFirst()
{
    ThreadsDemo demo(opts(2, false));
    demo.stage().setPacing(Pacing::Scheduler);
    demo.start();
    Scene scene(demo.stage().info());
    grantMain(demo, scene, 5); // create, start ×2 and end
    QVERIFY(demo.stage().grant(ThreadsDemo::MainId));
    QTRY_VERIFY(demo.stage().isSettled());
    fold(demo, scene);
    QCOMPARE(scene.workers().size(), std::size_t(3));
    QCOMPARE(scene.workers()[ThreadsDemo::MainId].state, WorkerState::Finished);
    for (std::size_t i = 1; i < 3; ++i)
        QVERIFY(scene.workers()[i].state != WorkerState::Finished); // still to do their work
    demo.stage().setPacing(Pacing::FullSpeed);
    QTRY_VERIFY(demo.stage().isFinished());
}

void TestThreadsDemo::osNamesFitFifteenBytes()
{
    QCOMPARE(osThreadName("sing-1"), QStringLiteral("sing-1"));
    QCOMPARE(osThreadName("a-very-long-thread-name"), QStringLiteral("a-very-long-thr"));
    QCOMPARE(osThreadName(QStringLiteral("唱歌唱歌唱歌")),
             QStringLiteral("唱歌唱歌唱")); // 15 bytes
}

void TestThreadsDemo::countIsChecked()
{
    int n = 0;
    QVERIFY(parseCount("256", &n).isEmpty());
    QCOMPARE(n, 256);
    for (const char *bad : {"0", "abc", "257", "-3", ""}) {
        const QString m = parseCount(bad, &n);
        QVERIFY2(m.contains(QStringLiteral("'%1'").arg(bad)) && m.contains("1 to 256"),
                 qPrintable(m));
    }
    QCOMPARE(n, 256);
}

void TestThreadsDemo::resultFormatsHaveTheKeys()
{
    const ThreadsResult r = runThreads(opts(2));
    const QJsonObject o = QJsonDocument::fromJson(formatResult(r, true).toUtf8()).object();
    QCOMPARE(o.keys(), (QStringList{"elapsed_ms", "names", "pid", "threads", "tids"}));
    QCOMPARE(o.value("threads").toInt(), 2);
    QCOMPARE(o.value("names").toArray().size(), 2);
    QCOMPARE(o.value("names").toArray().at(1).toString(), "dance-2");
    QCOMPARE(o.value("tids").toArray().size(), 2);
    QCOMPARE(o.value("pid").toInteger(), qint64(::getpid()));
    const QString text = formatResult(r, false);
    QVERIFY(text.startsWith("threads: 2\nnames: sing-1 dance-2\ntids: "));
}

void TestThreadsDemo::stopIsPromptInEveryMode_data()
{
    QTest::addColumn<int>("pacing");
    QTest::addColumn<bool>("join");
    for (int p = 0; p < 4; ++p)
        for (bool j : {true, false})
            QTest::addRow("pacing%d-%s", p, j ? "join" : "nojoin") << p << j;
}

void TestThreadsDemo::stopIsPromptInEveryMode()
{
    QFETCH(int, pacing);
    QFETCH(bool, join);
    ThreadsOptions o = opts(16, join);
    o.rounds = 1000;
    o.sleepMs = 50;
    ThreadsDemo demo(o);
    demo.stage().setPacing(Pacing(pacing));
    demo.stage().setBeat(std::chrono::milliseconds(5));
    demo.start();
    if (Pacing(pacing) == Pacing::Paused || Pacing(pacing) == Pacing::Scheduler)
        for (int i = 0; i < 12; ++i) { // main creates and starts a few threads
            QTRY_VERIFY(demo.stage().isSettled());
            demo.stage().stepOnce();
        }
    QTRY_VERIFY(demo.stage().eventsRecorded() > 12);
    QElapsedTimer t;
    t.start();
    demo.stage().stop();
    QVERIFY2(t.elapsed() < 1000, qPrintable(QString::number(t.elapsed())));
    QVERIFY(demo.stage().isFinished());
}

QTEST_GUILESS_MAIN(TestThreadsDemo)
#include "tst_threadsdemo.moc"
