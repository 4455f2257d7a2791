#include "../../widgets/textcheck.h"
#include "multitasking/multitaskingdemo.h"
#include "multitasking/slicetimelineview.h"
#include "widgets/theme.h"

#include <QtTest>
#include <set>

using namespace multitasking;

namespace {

std::vector<Chunk> run(Mode mode, Kind kind, int chunks)
{
    TasksOptions o;
    o.mode = mode;
    o.kind = kind;
    o.chunks = chunks;
    MultitaskingDemo demo(o);
    demo.stage().setPacing(stage::Pacing::FullSpeed);
    demo.start();
    demo.stage().wait();
    return chunksFrom(demo.stage().drain());
}

} // namespace

class TestSliceTimelineView : public QObject
{
    Q_OBJECT
private slots:
    void chunksMergeIntoSlices();
    void concurrentSlicesShareOneCpuAndAlternate();
    void textFits_data();
    void textFits();
};

void TestSliceTimelineView::chunksMergeIntoSlices()
{
    std::vector<Chunk> c = {{0, 0, 0, 0, 1000, 0},
                            {0, 0, 1, 1000, 2000, 0},
                            {1, 1, 0, 2100, 3000, 0},
                            {0, 0, 2, 3000, 4000, 0},
                            {0, 0, 3, 4000, 5000, 1}};
    const auto s = slicesOf(c, 500);
    QCOMPARE(s.size(), std::size_t(4)); // A on 0 (0-2000), A on 0 (3000-4000), A on 1, B
    QCOMPARE(s[0].t1Ns, 2000);
    QCOMPARE(s[1].t0Ns, 3000);
    QCOMPARE(s[2].cpu, 1);
    QCOMPARE(s[3].task, 1);
}

void TestSliceTimelineView::concurrentSlicesShareOneCpuAndAlternate()
{
    const auto chunks = run(Mode::Concurrent, Kind::Cpu, 200);
    SliceTimelineView view;
    view.setChunks(chunks, 0);
    int a = 0, b = 0;
    std::set<int> cpus;
    for (const Slice &s : view.slices()) {
        (s.task == 0 ? a : b)++;
        cpus.insert(s.cpu);
    }
    QCOMPARE(cpus.size(), std::size_t(1));
    QVERIFY2(a >= 2 && b >= 2, "time slices: each task ran in several separate slices");
}

void TestSliceTimelineView::textFits_data()
{
    QTest::addColumn<int>("theme");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("mode");
    QTest::addRow("light-parallel")
        << int(widgets::Theme::Kind::Light) << QSize(1400, 260) << int(Mode::Parallel);
    QTest::addRow("projector-concurrent")
        << int(widgets::Theme::Kind::Projector) << QSize(640, 220) << int(Mode::Concurrent);
}

void TestSliceTimelineView::textFits()
{
    QFETCH(int, theme);
    QFETCH(QSize, size);
    QFETCH(int, mode);
    widgets::Theme::setCurrent(widgets::Theme::make(widgets::Theme::Kind(theme)));
    SliceTimelineView view;
    view.setTaskLabels({QStringLiteral("A 唱歌"), QStringLiteral("B 跳舞")});
    view.setChunks(run(Mode(mode), Kind::Cpu, 100), 0);
    const QImage image = textcheck::render(view, size);
    if (qEnvironmentVariableIsSet("CC_SAVE_RENDERS"))
        image.save(QStringLiteral("%1/slices-%2.png")
                       .arg(qEnvironmentVariable("CC_SAVE_RENDERS"), QTest::currentDataTag()));
    const double minPx = widgets::Theme::current().minimumPointSize() * view.logicalDpiY() / 72.0;
    const QString bad = textcheck::problems(view.drawnTexts(), &view, minPx);
    QVERIFY2(bad.isEmpty(), qPrintable(bad));
}

QTEST_MAIN(TestSliceTimelineView)
#include "tst_slicetimelineview.moc"
