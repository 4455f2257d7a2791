#include "shared/sharedpanel.h"
#include "widgets/memorymapview.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace shared;

class TestSharedPanel : public QObject
{
    Q_OBJECT
private slots:
    void theTeacherStepsOneThreadAndTheOtherSeesItsWrite();
    void shutdownIsPromptInEveryMode_data();
    void shutdownIsPromptInEveryMode();
};

void TestSharedPanel::theTeacherStepsOneThreadAndTheOtherSeesItsWrite()
{
    SharedPanel panel;
    panel.resize(1024, 700);
    panel.show();
    panel.driver().setSchedulerMode(true);
    const auto grant = [&panel](int w, int n) {
        for (int i = 0; i < n; ++i) {
            QTRY_VERIFY((panel.refresh(), !panel.driver().grantable().empty()));
            QVERIFY(panel.driver().grant(w));
        }
        QTRY_VERIFY((panel.refresh(), panel.demo()->stage().isSettled()));
        panel.refresh();
    };
    grant(0, 4); // T1 writes g_num
    QCOMPARE(panel.scene().shared()[0].value, 101);
    QCOMPARE(panel.memoryMap()->highlightedGlobal(), 0);
    QCOMPARE(frameLocal(panel.scene().workers()[1], "work", "count"), 0);
    grant(1, 5); // T2 writes and reads: it sees T1's write
    bool seen = false;
    for (const auto &v : panel.scene().workers()[1].locals)
        seen |= v.name == QLatin1String("g_num") && v.value == 111;
    QVERIFY(seen);
}

void TestSharedPanel::shutdownIsPromptInEveryMode_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("runMs");
    for (int m = 0; m < 4; ++m)
        QTest::addRow("mode%d", m) << m << 0;
    // Full speed for a while: the trace, the Scene and every stack have grown, as in class.
    QTest::addRow("mode3 after 2 s") << 3 << 2000;
}

void TestSharedPanel::shutdownIsPromptInEveryMode()
{
    QFETCH(int, mode);
    QFETCH(int, runMs);
    SharedPanel panel;
    panel.show();
    SharedOptions o;
    o.threads = MaxThreads;
    o.rounds = 10'000'000;
    panel.setOptions(o);
    if (mode == 2) {
        panel.driver().setSchedulerMode(true);
    } else {
        panel.setSpeed(mode == 3 ? widgets::LessonPanel::FullSpeed : 0);
        panel.play();
        if (mode == 1)
            panel.pause();
    }
    QTRY_VERIFY((panel.refresh(), panel.scene().eventCount() > 8));
    if (runMs > 0) {
        QElapsedTimer running;
        running.start();
        QTRY_VERIFY_WITH_TIMEOUT(running.elapsed() >= runMs, runMs + 5000); // frames go on
    }
    QElapsedTimer t;
    t.start();
    panel.shutdown();
    qInfo("shutdown took %lld ms", qint64(t.elapsed()));
    QVERIFY2(t.elapsed() < 1000, qPrintable(QString::number(t.elapsed())));
    QVERIFY(!panel.isPlaying());
}

QTEST_MAIN(TestSharedPanel)
#include "tst_sharedpanel.moc"
