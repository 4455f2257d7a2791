#include "multitasking/multitaskingpanel.h"
#include "multitasking/slicetimelineview.h"

#include <QElapsedTimer>
#include <QLabel>
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
    void aRefusedPinIsSaidNotCounted();
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

/// A CPU the machine refuses to pin to: the panel says so in words naming the CPU, and the run
/// is not counted among the totals (it did not happen as asked).
void TestMultitaskingPanel::aRefusedPinIsSaidNotCounted()
{
    MultitaskingPanel panel;
    panel.show();
    TasksOptions o = opts(Mode::Concurrent, Kind::Cpu, 10);
    o.pinTo = {1023}; // a CPU this machine does not have
    panel.setOptions(o);
    QSignalSpy status(&panel, &widgets::LessonPanel::statusChanged);
    panel.play();
    const auto shown = [&panel] {
        for (const QLabel *l : panel.findChildren<QLabel *>())
            if (l->isVisible() && l->text().contains(QLatin1String("1023")))
                return l->text();
        return QString();
    };
    QTRY_VERIFY_WITH_TIMEOUT((panel.refresh(), !shown().isEmpty()), 10000);
    QVERIFY2(shown().contains(QLatin1String("did not happen as asked")), qPrintable(shown()));
    QVERIFY(!status.isEmpty() && status.last().at(0).toString() == shown());
    QVERIFY(panel.total(Mode::Concurrent, Kind::Cpu) < 0);
    QVERIFY(!panel.isPlaying());
    panel.reset(); // a fresh start clears the message
    QVERIFY(shown().isEmpty());
}

void TestMultitaskingPanel::resetAndShutdownArePromptMidRun_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("pacing");
    for (int m = 0; m < 4; ++m)
        for (int k = 0; k < 2; ++k)
            for (const char *pacing : {"run", "paused", "scheduler"})
                if (Mode(m) != Mode::Async || pacing == QLatin1String("run")) // async: no stage
                    QTest::addRow("%s-%s-%s", qPrintable(modeKey(Mode(m))),
                                  qPrintable(kindKey(Kind(k))), pacing)
                        << m << k << QString::fromLatin1(pacing);
}

void TestMultitaskingPanel::resetAndShutdownArePromptMidRun()
{
    QFETCH(int, mode);
    QFETCH(int, kind);
    QFETCH(QString, pacing);
    if (!unavailableReason(Mode(mode)).isEmpty())
        QSKIP("one CPU");
    MultitaskingPanel panel;
    panel.show();
    panel.setOptions(opts(Mode(mode), Kind(kind), 100000));
    for (const char *what : {"reset", "shutdown"}) {
        if (pacing == QLatin1String("scheduler")) {
            // The teacher lets the pinned threads take a few chunks, then they wait.
            panel.driver().setSchedulerMode(true);
            for (int i = 0; i < 3; ++i) {
                QTRY_VERIFY_WITH_TIMEOUT(
                    (panel.refresh(),
                     panel.driver().engine<MultitaskingDemo>()->stage().isSettled() &&
                         !panel.driver().grantable().empty()),
                    20000); // a hang bound: pinned threads on two busy cores under ASan
                QVERIFY(panel.driver().grant(panel.driver().grantable().front()));
            }
            QTRY_VERIFY((panel.refresh(), !panel.timeline()->slices().empty()));
        } else {
            panel.play();
            QTRY_VERIFY(!panel.timeline()->slices().empty()); // mid-run
            if (pacing == QLatin1String("paused"))
                panel.pause();
        }
        QElapsedTimer t;
        t.start();
        if (QByteArray(what) == "reset")
            panel.reset();
        else
            panel.shutdown();
        QVERIFY2(
            t.elapsed() < 1000,
            qPrintable(QStringLiteral("%1 took %2 ms").arg(QLatin1String(what)).arg(t.elapsed())));
        QVERIFY(!panel.isPlaying());
    }
}

QTEST_MAIN(TestMultitaskingPanel)
#include "tst_multitaskingpanel.moc"
