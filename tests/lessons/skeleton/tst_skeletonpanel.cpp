#include "skeleton/skeletonpanel.h"
#include "widgets/lessonframe.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTabWidget>
#include <QtTest>

using namespace skeleton;

/// A second lesson on the kit: the run driver and the page frame work for it as for locks.
class TestSkeletonPanel : public QObject
{
    Q_OBJECT
private slots:
    void playFinishes()
    {
        SkeletonPanel panel;
        panel.setSpeed(widgets::LessonPanel::FullSpeed);
        QSignalSpy status(&panel, &widgets::LessonPanel::statusChanged);
        panel.play();
        QVERIFY(panel.isPlaying());
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isPlaying(), 10000);
        QVERIFY(panel.scene().finished());
        QVERIFY(!status.isEmpty());
        QVERIFY(!panel.traceEvents().empty());
    }

    void schedulerGrantsAndUndoes()
    {
        SkeletonPanel panel;
        panel.setOptions({2, 3});
        widgets::RunDriver &d = panel.driver();
        d.setSchedulerMode(true);
        QTRY_VERIFY((panel.refresh(), d.grantable().size() == 2));
        QTest::keyClick(&panel, Qt::Key_2);
        QTRY_VERIFY((panel.refresh(), d.run()->stage().grants() == std::vector<int>{1}));
        QVERIFY(d.canUndo());
        QTest::keyClick(&panel, Qt::Key_Z, Qt::ControlModifier);
        QTRY_VERIFY((panel.refresh(), d.run()->stage().grants().empty()));
        QVERIFY(!d.canUndo());
        panel.play(); // Play ends scheduler mode
        QVERIFY(!d.schedulerMode());
    }

    void slidesAndNotes()
    {
        SkeletonPanel panel;
        QSignalSpy slide(&panel, &widgets::LessonPanel::slideChanged);
        QCOMPARE(panel.slides().size(), 4);
        for (int i = 0; i < 4; ++i) {
            panel.showSlide(i);
            QCOMPARE(panel.currentSlide(), i);
            QVERIFY(!panel.presenterNotes(i).isEmpty());
        }
        QVERIFY(panel.presenterNotes(4).isEmpty());
        QVERIFY(slide.count() >= 3);
        QVERIFY(panel.frame()->tabs()->count() == 3);
    }

    void shutdownJoinsAtOnce()
    {
        SkeletonPanel panel;
        panel.setOptions({MaxWorkers, MaxSteps});
        panel.setSpeed(0);
        panel.play();
        QTRY_VERIFY(panel.driver().run()->stage().eventsRecorded() > 0);
        QElapsedTimer t;
        t.start();
        panel.shutdown();
        QVERIFY2(t.elapsed() < 1000, qPrintable(QString::number(t.elapsed())));
        QVERIFY(!panel.driver().run());
        panel.reset();
        QVERIFY(panel.driver().run());
    }
};

QTEST_MAIN(TestSkeletonPanel)
#include "tst_skeletonpanel.moc"
