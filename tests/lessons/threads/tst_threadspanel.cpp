#include "threads/creationchart.h"
#include "threads/threadspanel.h"
#include "widgets/workerlanesview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QSpinBox>
#include <QtTest>

using namespace threads;

class TestThreadsPanel : public QObject
{
    Q_OBJECT
private slots:
    void stepsShowNamedThreadsWithTheirTids();
    void measuringFillsTheChart();
    void theKnobsShowTheOptionsSet();
    void shutdownIsPromptInEveryMode_data();
    void shutdownIsPromptInEveryMode();
};

void TestThreadsPanel::stepsShowNamedThreadsWithTheirTids()
{
    ThreadsPanel panel;
    panel.show();
    panel.driver().setSchedulerMode(true);
    // Main: create, start, create, start: two threads exist, parked at their first step.
    for (int i = 0; i < 4; ++i) {
        QTRY_VERIFY((panel.refresh(), !panel.driver().grantable().empty()));
        QVERIFY(panel.driver().grant(ThreadsDemo::MainId));
    }
    QTRY_VERIFY((panel.refresh(), panel.scene().workers().size() == 3 &&
                                      panel.scene().workers()[2].steps > 0));
    for (int w = 1; w <= 2; ++w) {
        const auto &view = panel.scene().workers()[std::size_t(w)];
        QCOMPARE(view.name, ThreadsDemo::threadName(w - 1));
        bool name = false, tid = false;
        for (const auto &v : view.locals) {
            name |= v.name == QLatin1String("name") && v.text == view.name;
            tid |= v.name == QLatin1String("tid") && v.value > 0;
        }
        QVERIFY(name && tid);
    }
}

void TestThreadsPanel::measuringFillsTheChart()
{
    ThreadsPanel panel;
    panel.show();
    panel.measure();
    QTRY_VERIFY_WITH_TIMEOUT(!panel.measuring(), 60000);
    QCOMPARE(panel.chart()->points().size(), std::size_t(3));
    QVERIFY(panel.chart()->points().back().processMs > 0);
}

/// Options set from outside (a test, a saved run) show in the knobs: 12 threads running are
/// not shown as 2.
void TestThreadsPanel::theKnobsShowTheOptionsSet()
{
    ThreadsPanel panel;
    ThreadsOptions o;
    o.count = 12;
    o.style = Style::Subclass;
    o.join = false;
    panel.setOptions(o);
    QCOMPARE(panel.findChild<QSpinBox *>()->value(), 12);
    QCOMPARE(panel.findChild<QComboBox *>()->currentIndex(), 1);
    QVERIFY(!panel.findChild<QCheckBox *>()->isChecked());
    QCOMPARE(panel.options().count, 12); // no knob's signal set the options back
    QCOMPARE(panel.options().style, Style::Subclass);
}

void TestThreadsPanel::shutdownIsPromptInEveryMode_data()
{
    QTest::addColumn<int>("mode");
    QTest::addRow("slow") << 0;
    QTest::addRow("paused") << 1;
    QTest::addRow("scheduler") << 2;
    QTest::addRow("full") << 3;
}

void TestThreadsPanel::shutdownIsPromptInEveryMode()
{
    QFETCH(int, mode);
    ThreadsPanel panel;
    panel.show();
    ThreadsOptions o;
    o.count = 12;
    o.rounds = 1000;
    o.sleepMs = 50;
    panel.setOptions(o);
    if (mode == 2) {
        panel.driver().setSchedulerMode(true);
    } else {
        panel.setSpeed(mode == 3 ? widgets::LessonPanel::FullSpeed : 0);
        panel.play();
        if (mode == 1)
            panel.pause();
    }
    QTRY_VERIFY((panel.refresh(), panel.scene().eventCount() > 3));
    panel.measure(); // a measurement under way is stopped too
    QElapsedTimer t;
    t.start();
    panel.shutdown();
    QVERIFY2(t.elapsed() < 1000, qPrintable(QString::number(t.elapsed())));
    QVERIFY(!panel.measuring());
}

QTEST_MAIN(TestThreadsPanel)
#include "tst_threadspanel.moc"
