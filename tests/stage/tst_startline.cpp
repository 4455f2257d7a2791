#include "stage/stage.h"
#include "stage/startline.h"

#include <QtTest>
#include <atomic>
#include <sched.h>
#include <thread>
#include <vector>

using stage::StartLine;

class TestStartLine : public QObject
{
    Q_OBJECT
private slots:
    void everyThreadLeavesAndNoneBeforeTheLast();
    void stoppingEndsTheWait();
    void spreadPinsEachWorkerToItsOwnCpu();
};

void TestStartLine::everyThreadLeavesAndNoneBeforeTheLast()
{
    for (int n : {2, 3, 8}) {
        StartLine line;
        line.reset(n);
        std::atomic<int> arrived{0}, early{0}, left{0};
        std::vector<std::thread> threads;
        for (int i = 0; i < n; ++i)
            threads.emplace_back([&] {
                arrived.fetch_add(1);
                const bool ok = line.arrive([] { return false; });
                early.fetch_add(arrived.load() < n ? 1 : 0);
                left.fetch_add(ok ? 1 : 0);
            });
        for (std::thread &t : threads)
            t.join();
        QCOMPARE(left.load(), n);
        QCOMPARE(early.load(), 0);
        QVERIFY(line.rounds() >= 1);
    }
}

void TestStartLine::stoppingEndsTheWait()
{
    StartLine line;
    line.reset(3); // only two come: the line opens only because the run stops
    std::atomic<bool> stop{false};
    std::atomic<int> refused{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < 2; ++i)
        threads.emplace_back(
            [&] { refused.fetch_add(line.arrive([&] { return stop.load(); }) ? 0 : 1); });
    stop.store(true);
    for (std::thread &t : threads)
        t.join();
    QCOMPARE(refused.load(), 2);
}

void TestStartLine::spreadPinsEachWorkerToItsOwnCpu()
{
    if (StartLine::cpuCount() < 2)
        QSKIP("one CPU: nothing to spread over");
    stage::Stage st;
    st.setSpreadOverCpus(true);
    std::vector<int> cpus(2, -1);
    for (int i = 0; i < 2; ++i)
        st.addWorker(QStringLiteral("T%1").arg(i + 1), [&cpus](stage::Worker &w) {
            cpu_set_t set;
            sched_getaffinity(0, sizeof set, &set);
            cpus[std::size_t(w.id())] = CPU_COUNT(&set) == 1 ? sched_getcpu() : -1;
        });
    st.setPacing(stage::Pacing::FullSpeed);
    st.start();
    st.wait();
    QVERIFY(cpus[0] >= 0 && cpus[1] >= 0);
    QVERIFY(cpus[0] != cpus[1]);
}

QTEST_GUILESS_MAIN(TestStartLine)
#include "tst_startline.moc"
