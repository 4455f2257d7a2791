#include "stage/childruntime.h"
#include "stage/scene.h"
#include "stage/stage.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QtTest>
#include <csignal>
#include <cstdio>
#include <unistd.h>

using namespace stage;

Q_DECLARE_METATYPE(stage::Pacing)

namespace {

ChildRuntime::Bodies bodies()
{
    return {
        {QStringLiteral("count"),
         [](Worker &w) {
             const int n = ChildRuntime::arguments().value(0, QStringLiteral("5")).toInt();
             for (int i = 0; i < n; ++i)
                 w.at(0, {{"i", i}, Value::str("who", "child")});
             w.finish({{"i", n}});
         }},
        {QStringLiteral("sleeper"),
         [](Worker &w) {
             w.at(0);
             w.sleep(std::chrono::hours(1), BlockOp::Io);
         }},
    };
}

/// True while @p pid names a live process (a zombie counts as gone).
bool alive(qint64 pid)
{
    if (pid <= 0 || ::kill(pid_t(pid), 0) != 0)
        return false;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray s = stat.readAll();
    const int paren = s.lastIndexOf(')');
    return paren < 0 || s.mid(paren + 2, 1) != "Z";
}

Scene sceneOf(Stage &s, std::vector<Event> &all)
{
    const auto more = s.drain();
    all.insert(all.end(), more.begin(), more.end());
    Scene scene(s.info());
    scene.apply(all);
    return scene;
}

ProcessSpec spec(const QString &body, const QStringList &args = {})
{
    return {{}, QStringList{QStringLiteral("--worker"), body} + args};
}

} // namespace

class TestProcessWorker : public QObject
{
    Q_OBJECT
private slots:
    void runsToTheEndWithRealPid();
    void stepGrantsExactlyOneStepAcrossTheBoundary();
    void killNineIsReported();
    void stopReapsTheChildInEveryMode_data();
    void stopReapsTheChildInEveryMode();
    void childEndsWhenItsParentIsKilled();
    void workerModeRejectsBadArguments();
};

void TestProcessWorker::runsToTheEndWithRealPid()
{
    Stage s;
    s.setSteps({QStringLiteral("step")});
    s.setPacing(Pacing::FullSpeed);
    s.setSampleShift(0);
    s.addProcess(QStringLiteral("P1"), spec(QStringLiteral("count"), {QStringLiteral("4")}));
    s.start();
    s.wait();
    std::vector<Event> all;
    const Scene scene = sceneOf(s, all);
    const WorkerView &w = scene.workers()[0];
    QCOMPARE(w.state, WorkerState::Finished);
    QCOMPARE(w.steps, 4);
    QVERIFY(w.pid > 0);
    QVERIFY(w.pid != QCoreApplication::applicationPid());
    QCOMPARE(w.ppid, QCoreApplication::applicationPid());
    // No executable set: the child is this one again, and the scene says which it ran.
    QCOMPARE(w.program, QCoreApplication::applicationFilePath());
    QCOMPARE(w.exitCode, 0);
    const auto who = std::find_if(w.locals.begin(), w.locals.end(),
                                  [](const NamedValue &v) { return v.name == "who"; });
    QVERIFY(who != w.locals.end());
    QCOMPARE(who->text, QStringLiteral("child")); // a text crossed the pipe
}

void TestProcessWorker::stepGrantsExactlyOneStepAcrossTheBoundary()
{
    Stage s;
    s.setSteps({QStringLiteral("step")});
    s.setPacing(Pacing::Scheduler);
    s.addProcess(QStringLiteral("P1"), spec(QStringLiteral("count"), {QStringLiteral("5")}));
    s.start();
    std::vector<Event> all;
    QTRY_VERIFY_WITH_TIMEOUT(s.readyWorkers() == std::vector<int>{0}, 5000);
    const qint64 pid = s.processId(0);
    QVERIFY(alive(pid));
    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
    QVERIFY(cmdline.open(QIODevice::ReadOnly));
    QVERIFY(cmdline.readAll().contains("--worker"));
    QCOMPARE(sceneOf(s, all).workers()[0].steps, 1);
    for (int k = 1; k <= 3; ++k) {
        QVERIFY(s.grant(0));
        QTRY_VERIFY_WITH_TIMEOUT(s.readyWorkers() == std::vector<int>{0} && s.isSettled(), 5000);
        QCOMPARE(sceneOf(s, all).workers()[0].steps, 1 + k); // one grant, one step
    }
    s.stop();
    QVERIFY(!alive(pid));
}

void TestProcessWorker::killNineIsReported()
{
    Stage s;
    s.setSteps({QStringLiteral("step")});
    s.setPacing(Pacing::Paused);
    s.addProcess(QStringLiteral("P1"), spec(QStringLiteral("count"), {QStringLiteral("5")}));
    s.start();
    QTRY_VERIFY_WITH_TIMEOUT(s.readyWorkers() == std::vector<int>{0}, 5000);
    const qint64 pid = s.processId(0);
    QVERIFY(::kill(pid_t(pid), SIGKILL) == 0); // as a teacher's `kill -9 PID` would
    QTRY_VERIFY_WITH_TIMEOUT(s.isFinished(), 5000);
    std::vector<Event> all;
    const Scene scene = sceneOf(s, all);
    QCOMPARE(scene.workers()[0].state, WorkerState::Killed);
    QCOMPARE(scene.workers()[0].signal, 9);
    QVERIFY(!alive(pid));
}

void TestProcessWorker::stopReapsTheChildInEveryMode_data()
{
    QTest::addColumn<stage::Pacing>("pacing");
    QTest::addColumn<QString>("body");
    const std::pair<const char *, Pacing> modes[] = {{"run", Pacing::Run},
                                                     {"paused", Pacing::Paused},
                                                     {"scheduler", Pacing::Scheduler},
                                                     {"full", Pacing::FullSpeed}};
    for (const auto &[name, pacing] : modes) {
        QTest::addRow("%s-stepping", name) << pacing << QStringLiteral("count");
        QTest::addRow("%s-blocked", name) << pacing << QStringLiteral("sleeper");
    }
}

void TestProcessWorker::stopReapsTheChildInEveryMode()
{
    QFETCH(stage::Pacing, pacing);
    QFETCH(QString, body);
    Stage s;
    s.setSteps({QStringLiteral("step")});
    s.setPacing(pacing);
    s.setBeat(std::chrono::milliseconds(200));
    for (int i = 0; i < 3; ++i)
        s.addProcess(QStringLiteral("P%1").arg(i), spec(body, {QStringLiteral("1000000000")}));
    s.start();
    QTRY_VERIFY_WITH_TIMEOUT(s.processId(0) > 0 && s.processId(1) > 0 && s.processId(2) > 0, 5000);
    if (body == QLatin1String("sleeper") && pacing != Pacing::FullSpeed) {
        // Each child parks at its first step; Step lets each past it, then all three block.
        auto allBlocked = [&] {
            if (pacing != Pacing::Run && s.isSettled())
                s.stepOnce();
            return s.blockedOn(0) == ObjectKind::Timer && s.blockedOn(1) == ObjectKind::Timer &&
                   s.blockedOn(2) == ObjectKind::Timer;
        };
        QTRY_VERIFY_WITH_TIMEOUT(allBlocked(), 5000);
        QVERIFY(s.isSettled());
    }
    const qint64 pids[] = {s.processId(0), s.processId(1), s.processId(2)};
    QElapsedTimer t;
    t.start();
    s.stop();
    QVERIFY2(t.elapsed() < 1000, qPrintable(QStringLiteral("stop took %1 ms").arg(t.elapsed())));
    for (qint64 pid : pids)
        QVERIFY2(!alive(pid), qPrintable(QStringLiteral("child %1 is still there").arg(pid)));
    std::vector<Event> all;
    const Scene scene = sceneOf(s, all);
    for (const WorkerView &w : scene.workers())
        QCOMPARE(w.state, WorkerState::Stopped);
}

void TestProcessWorker::childEndsWhenItsParentIsKilled()
{
    // A parent of our own (this executable in "--parent" mode) starts a child worker and tells
    // us its PID; we kill the parent with SIGKILL and the child must go too.
    QProcess parent;
    parent.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--parent")});
    QVERIFY(parent.waitForStarted(5000));
    QTRY_VERIFY_WITH_TIMEOUT(parent.canReadLine(), 5000);
    const qint64 child = parent.readLine().trimmed().toLongLong();
    QVERIFY(alive(child));
    ::kill(pid_t(parent.processId()), SIGKILL);
    QVERIFY(parent.waitForFinished(5000));
    QTRY_VERIFY_WITH_TIMEOUT(!alive(child), 2000);
}

void TestProcessWorker::workerModeRejectsBadArguments()
{
    QProcess p;
    p.start(QCoreApplication::applicationFilePath(),
            {QStringLiteral("--worker"), QStringLiteral("no-such-body")});
    QVERIFY(p.waitForFinished(5000));
    QCOMPARE(p.exitCode(), 2);
    const QByteArray err = p.readAllStandardError();
    QVERIFY(err.contains("no-such-body"));
    QVERIFY(err.contains("count"));
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (ChildRuntime::isWorkerMode(args))
        return ChildRuntime::run(args, bodies());
    if (args.value(0) == QLatin1String("--parent")) {
        Stage s;
        s.setPacing(Pacing::Paused);
        s.addProcess(QStringLiteral("child"), spec(QStringLiteral("sleeper")));
        s.start();
        while (s.processId(0) == 0)
            std::this_thread::yield();
        std::printf("%lld\n", static_cast<long long>(s.processId(0)));
        std::fflush(stdout);
        for (;;)
            ::pause(); // until the test kills us
    }
    TestProcessWorker t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_processworker.moc"
