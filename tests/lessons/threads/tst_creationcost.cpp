#include "threads/creationcost.h"

#include <QtTest>
#include <sys/wait.h>

using namespace threads;

class TestCreationCost : public QObject
{
    Q_OBJECT
private slots:
    void threadsAndProcessesAreMeasured();
    void aProgramThatCannotRunIsAnError();
    void stopEndsEarlyAndReapsEveryChild();
};

void TestCreationCost::threadsAndProcessesAreMeasured()
{
    const auto points = creationCost({1, 10});
    QCOMPARE(points.size(), std::size_t(2));
    for (const CreationPoint &p : points) {
        QVERIFY(p.threadMs > 0);
        QVERIFY(p.processMs > 0);
    }
    QCOMPARE(points[1].n, 10);
    QCOMPARE(defaultCreationCounts(), (std::vector<int>{1, 10, 100}));
}

void TestCreationCost::aProgramThatCannotRunIsAnError()
{
    QString error;
    QCOMPARE(processCreationMs(2, &error, nullptr, "/nonexistent/program"), -1.0);
    QVERIFY2(error.contains("/nonexistent/program") && error.contains("127"), qPrintable(error));
}

void TestCreationCost::stopEndsEarlyAndReapsEveryChild()
{
    std::atomic<bool> stop{true};
    QString error;
    QVERIFY(processCreationMs(100, &error, &stop) >= 0);
    QVERIFY(error.isEmpty());
    QVERIFY(creationCost({1, 10, 100}, &stop).empty());
    // No child is left: waitpid finds none.
    QCOMPARE(::waitpid(-1, nullptr, WNOHANG), -1);
}

QTEST_GUILESS_MAIN(TestCreationCost)
#include "tst_creationcost.moc"
