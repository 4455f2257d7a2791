#include "textcheck.h"
#include "widgets/memorymapview.h"
#include "widgets/theme.h"

#include <QtTest>

using stage::Event;
using stage::EventKind;

namespace {

stage::StageInfo info(int workers)
{
    stage::StageInfo i;
    for (int w = 0; w < workers; ++w)
        i.workers << QStringLiteral("T%1").arg(w + 1);
    i.shared.push_back({QStringLiteral("g_num"), 100});
    return i;
}

Event push(int worker, const char *function, std::initializer_list<stage::Value> locals)
{
    Event e;
    e.kind = EventKind::Push;
    e.worker = worker;
    e.values[0] = {"function", 0, function};
    e.valueCount = 1;
    for (const stage::Value &v : locals)
        e.values[std::size_t(e.valueCount++)] = v;
    return e;
}

Event pop(int worker)
{
    Event e;
    e.kind = EventKind::Pop;
    e.worker = worker;
    return e;
}

Event set(int worker, std::int64_t value)
{
    Event e;
    e.kind = EventKind::Set;
    e.objectKind = stage::ObjectKind::Shared;
    e.object = 0;
    e.worker = worker;
    e.count = value;
    return e;
}

} // namespace

class TestMemoryMapView : public QObject
{
    Q_OBJECT
private slots:
    void stacksGrowAndShrinkWithTheFrames();
    void theLastWrittenGlobalIsHighlighted();
    void textFitsAtClassroomSizes_data();
    void textFitsAtClassroomSizes();
};

void TestMemoryMapView::stacksGrowAndShrinkWithTheFrames()
{
    stage::Scene scene(info(2));
    scene.apply(push(0, "work", {{"step", 1}, {"count", 0}}));
    scene.apply(push(1, "work", {{"step", 10}, {"count", 0}}));
    scene.apply(push(0, "add_one", {{"x", 0}}));
    widgets::MemoryMapView view;
    view.setScene(&scene);
    view.setProcessLabel("Process 4242");
    textcheck::render(view, QSize(900, 500));
    QStringList texts;
    for (const auto &t : view.drawnTexts())
        texts << t.text.trimmed(); // a name is followed by a gap only when a local follows
    QVERIFY(texts.contains("add_one()"));
    QCOMPARE(texts.count("work()"), 2);
    QVERIFY(texts.contains("Process 4242"));
    scene.apply(pop(0));
    view.setScene(&scene);
    textcheck::render(view, QSize(900, 500));
    texts.clear();
    for (const auto &t : view.drawnTexts())
        texts << t.text.trimmed(); // a name is followed by a gap only when a local follows
    QVERIFY(!texts.contains("add_one()"));
    QVERIFY(view.stackRect(1).left() > view.stackRect(0).right());
    QVERIFY(view.globalRect(0).bottom() < view.stackRect(0).top());
}

void TestMemoryMapView::theLastWrittenGlobalIsHighlighted()
{
    stage::Scene scene(info(2));
    widgets::MemoryMapView view;
    view.setScene(&scene);
    QCOMPARE(view.highlightedGlobal(), -1);
    scene.apply(set(0, 101));
    view.setScene(&scene);
    QCOMPARE(view.highlightedGlobal(), 0);
}

void TestMemoryMapView::textFitsAtClassroomSizes_data()
{
    QTest::addColumn<int>("theme");
    QTest::addColumn<QSize>("size");
    QTest::addRow("light-wide") << int(widgets::Theme::Kind::Light) << QSize(1200, 560);
    QTest::addRow("projector-small") << int(widgets::Theme::Kind::Projector) << QSize(620, 420);
}

void TestMemoryMapView::textFitsAtClassroomSizes()
{
    QFETCH(int, theme);
    QFETCH(QSize, size);
    widgets::Theme::setCurrent(widgets::Theme::make(widgets::Theme::Kind(theme)));
    stage::Scene scene(info(4));
    for (int w = 0; w < 4; ++w)
        scene.apply(push(w, "work", {{"step", 1000}, {"count", 3}}));
    scene.apply(push(2, "add_one", {{"x", 2}, {"y", 3}}));
    scene.apply(set(2, 3433));
    widgets::MemoryMapView view;
    view.setScene(&scene);
    const QImage image = textcheck::render(view, size);
    if (qEnvironmentVariableIsSet("CC_SAVE_RENDERS"))
        image.save(QStringLiteral("%1/memorymap-%2.png")
                       .arg(qEnvironmentVariable("CC_SAVE_RENDERS"), QTest::currentDataTag()));
    const double minPx = widgets::Theme::current().minimumPointSize() * view.logicalDpiY() / 72.0;
    const QString bad = textcheck::problems(view.drawnTexts(), &view, minPx);
    QVERIFY2(bad.isEmpty(), qPrintable(bad));
}

QTEST_MAIN(TestMemoryMapView)
#include "tst_memorymapview.moc"
