#include "multitasking/multitaskingpanel.h"
#include "multitasking/slicetimelineview.h"

#include <QElapsedTimer>
#include <QtTest>
#include <set>

using namespace multitasking;

namespace {

TasksOptions opts(Mode mode, Kind kind, int chunks)
{
    TasksOptions o;
    o.mode = mode;
    o.kind = kind;
    o.chunks = chunks;
    return o;
}

} // namespace

class TestMultitaskingPanel : public QObject
{
    Q_OBJECT
private slots:
    void concurrentRunShowsOneCpuAndATotal();
    void asyncKeepsTheWindowBeating();
    void resetAndShutdownArePromptMidRun_data();
    void resetAndShutdownArePromptMidRun();
};

void TestMultitaskingPanel::concurrentRunShowsOneCpuAndATotal()
{
    MultitaskingPanel panel;
    panel.resize(1024, 700);
    panel.show();
    panel.setOptions(opts(Mode::Concurrent, Kind::Cpu, 60));
    panel.play();
    QTRY_VERIFY_WITH_TIMEOUT(panel.total(Mode::Concurrent, Kind::Cpu) > 0, 20000);
    std::set<int> cpus, tasks;
    for (const Slice &s : panel.timeline()->slices()) {
        cpus.insert(s.cpu);
        tasks.insert(s.task);
    }
    QCOMPARE(cpus.size(), std::size_t(1));
    QCOMPARE(tasks.size(), std::size_t(2));
    QVERIFY(panel.total(Mode::Sync, Kind::Cpu) < 0); // only what ran is shown
}

void TestMultitaskingPanel::asyncKeepsTheWindowBeating()
{
    MultitaskingPanel panel;
    panel.show();
    panel.setOptions(opts(Mode::Async, Kind::Io, 20));
    panel.play();
    QVERIFY(panel.asyncTasks());
    QVERIFY(panel.isPlaying());
    QTRY_VERIFY_WITH_TIMEOUT(panel.total(Mode::Async, Kind::Io) > 0, 20000);
    QVERIFY2(panel.heartbeats() > 0, "the heartbeat ticked while A and B ran");
    QVERIFY(!panel.timeline()->slices().empty());
}

void TestMultitaskingPanel::resetAndShutdownArePromptMidRun_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("kind");
    for (int m = 0; m < 4; ++m)
        for (int k = 0; k < 2; ++k)
            QTest::addRow("%s-%s", qPrintable(modeKey(Mode(m))), qPrintable(kindKey(Kind(k))))
                << m << k;
}

void TestMultitaskingPanel::resetAndShutdownArePromptMidRun()
{
    QFETCH(int, mode);
    QFETCH(int, kind);
    if (!unavailableReason(Mode(mode)).isEmpty())
        QSKIP("one CPU");
    MultitaskingPanel panel;
    panel.show();
    panel.setOptions(opts(Mode(mode), Kind(kind), 100000));
    for (const char *what : {"reset", "shutdown"}) {
        panel.play();
        QTRY_VERIFY(!panel.timeline()->slices().empty()); // mid-run
        QElapsedTimer t;
        t.start();
        if (QByteArray(what) == "reset")
            panel.reset();
        else
            panel.shutdown();
        QVERIFY2(t.elapsed() < 1000, qPrintable(QStringLiteral("%1 took %2 ms")
                                                    .arg(QLatin1String(what))
                                                    .arg(t.elapsed())));
        QVERIFY(!panel.isPlaying());
    }
}

QTEST_MAIN(TestMultitaskingPanel)
#include "tst_multitaskingpanel.moc"
