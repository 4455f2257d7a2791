#include "skeleton/skeletondemo.h"

#include <QTest>

using namespace skeleton;

/// The skeleton's engine without widgets: real threads, every step recorded, everything joined.
class TestSkeletonDemo : public QObject
{
    Q_OBJECT
private slots:
    void everyStepIsTaken()
    {
        SkeletonDemo demo({3, 5});
        demo.stage().setPacing(stage::Pacing::FullSpeed);
        demo.stage().setSampleShift(0); // record every step
        demo.stage().start();
        demo.stage().wait();
        QVERIFY(demo.stage().isFinished());
        int steps = 0;
        for (const stage::Event &e : demo.stage().drain())
            steps += e.kind == stage::EventKind::Step;
        QCOMPARE(steps, 3 * 5);
    }

    void headlessRunFinishes() { QVERIFY(runCount({2, 100}) >= 0); }
};

QTEST_GUILESS_MAIN(TestSkeletonDemo)
#include "tst_skeletondemo.moc"
