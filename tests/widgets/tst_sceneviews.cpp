#include "scenes.h"
#include "textcheck.h"
#include "widgets/lockview.h"
#include "widgets/sharedview.h"
#include "widgets/statsview.h"
#include "widgets/theme.h"
#include "widgets/timelineview.h"

#include <QTest>

using widgets::Theme;

namespace {

bool drew(const QList<widgets::DrawnText> &texts, const QString &text)
{
    for (const widgets::DrawnText &t : texts) {
        if (t.text == text)
            return true;
    }
    return false;
}

} // namespace

class TestSceneViews : public QObject
{
    Q_OBJECT
private slots:
    void init() { Theme::setCurrent(Theme::make(Theme::Kind::Projector)); }
    void sharedShowsValues();
    void lockShowsOwnerAndQueue();
    void lockDisabled();
    void timelineFitsTime();
    void timelineHatchesBlocked();
    void timelineAxisNeverElides();
    void timelineShowsWaitingAtFullSpeed();
    void timelineShowsPhases();
    void timelineDrawsNoGuessedPhases();
    void timelineTicksGrantedSteps();
    void statsToneHasMark();
    void placeholders();
};

void TestSceneViews::sharedShowsValues()
{
    const stage::Scene scene = testscenes::scene(4);
    widgets::SharedView view;
    view.setScene(&scene);
    const QImage img = textcheck::render(view, QSize(600, 300));
    QVERIFY(drew(view.drawnTexts(), QStringLiteral("n = 41")));
    QVERIFY(!view.cardRect(0).isEmpty());
    QVERIFY(view.cardRect(1).isEmpty());
    const QString bad = textcheck::problems(view.drawnTexts(), &img, 18.0);
    QVERIFY2(bad.isEmpty(), qPrintable(bad));
}

void TestSceneViews::lockShowsOwnerAndQueue()
{
    const stage::Scene scene = testscenes::scene(16);
    const stage::LockView &lock = scene.locks()[0];
    QCOMPARE(lock.owner, 0);
    QVERIFY(lock.waiters.size() >= 3);
    widgets::LockView view;
    view.setScene(&scene);
    const QImage img = textcheck::render(view, QSize(1024, 300));
    QVERIFY(drew(view.drawnTexts(), QStringLiteral("held by T1")));
    // Waiters are drawn in the order they queued, left to right then row by row.
    for (int i = 1; i < int(lock.waiters.size()); ++i) {
        const QRect a = view.waiterRect(0, i - 1), b = view.waiterRect(0, i);
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        QVERIFY(!a.intersects(b));
        QVERIFY(b.top() > a.top() || (b.top() == a.top() && b.left() > a.left()));
        QVERIFY(drew(view.drawnTexts(),
                     scene.workers()[std::size_t(lock.waiters[std::size_t(i)])].name));
    }
    QVERIFY(view.waiterRect(0, int(lock.waiters.size())).isEmpty());
    const QString bad = textcheck::problems(view.drawnTexts(), &img, 18.0);
    QVERIFY2(bad.isEmpty(), qPrintable(bad));
}

void TestSceneViews::lockDisabled()
{
    const stage::Scene scene = testscenes::scene(4);
    widgets::LockView view;
    view.setScene(&scene);
    view.setLockEnabled(false);
    QVERIFY(!view.isLockEnabled());
    const QImage img = textcheck::render(view, QSize(800, 200));
    QVERIFY(drew(view.drawnTexts(), QStringLiteral("⚠ No lock")));
    QVERIFY(!drew(view.drawnTexts(), QStringLiteral("held by T1")));
    const QString bad = textcheck::problems(view.drawnTexts(), &img, 18.0);
    QVERIFY2(bad.isEmpty(), qPrintable(bad));
}

void TestSceneViews::timelineFitsTime()
{
    const stage::Scene scene = testscenes::scene(4);
    widgets::TimelineView view;
    view.setScene(&scene);
    view.resize(1024, 400);
    const QRect plot = view.plotRect();
    QVERIFY(std::abs(view.xOf(0) - plot.left()) <= 1.0);
    QVERIFY(std::abs(view.xOf(scene.nowNs()) - (plot.left() + plot.width())) <= 1.0);
    for (int w = 1; w < 4; ++w)
        QVERIFY(!view.rowRect(w).intersects(view.rowRect(w - 1)));
    QVERIFY(!scene.handoffs().empty());
}

void TestSceneViews::timelineAxisNeverElides()
{
    // Runs of every length, on a projector-narrow plot: the tick step widens until each label
    // (as measured) fits between two ticks. 240 ms used to give 13 ticks of "100 ms" elided.
    widgets::TimelineView view;
    view.resize(700, 300);
    QStringList bad;
    for (double rangeNs = 1.3e5; rangeNs < 4e10; rangeNs *= 1.37) {
        stage::Scene scene = testscenes::scene(2);
        scene.apply(testscenes::step(std::int64_t(rangeNs) + scene.nowNs(), 0, 1, 99));
        view.setScene(&scene);
        view.grab();
        for (const widgets::DrawnText &t : view.drawnTexts()) {
            if (t.text.endsWith(QChar(0x2026)))
                bad << QStringLiteral("%1 ns: '%2'").arg(rangeNs, 0, 'g', 3).arg(t.text);
        }
        view.setScene(nullptr);
    }
    QVERIFY2(bad.isEmpty(), qPrintable(bad.join('\n')));
}

namespace {

/// Area of the drawn spans of @p worker in state @p state, in px².
double drawnArea(const widgets::TimelineView &view, int worker, stage::WorkerState state)
{
    double a = 0;
    for (const auto &d : view.drawnSpans())
        a += d.worker == worker && d.state == state ? d.rect.width() * d.rect.height() : 0;
    return a;
}

} // namespace

void TestSceneViews::timelineShowsWaitingAtFullSpeed()
{
    // 16 threads at full speed with the lock: each waits ~1.1 ms, runs ~0.3 ms, thousands of
    // times in an 8 s run (as the locks demo records it). Many switches per pixel column: the
    // row must show mostly waiting, not whichever span came first in each column.
    using K = stage::EventKind;
    stage::Scene scene(testscenes::info(2));
    scene.apply(testscenes::ev(0, K::RunStarted, -1));
    scene.apply(testscenes::ev(0, K::WorkerStarted, 0));
    scene.apply(testscenes::ev(0, K::WorkerStarted, 1));
    std::int64_t t = 0;
    while (t < 8'000'000'000) {
        scene.apply(testscenes::ev(t += 300'000, K::Block, 0, 0));
        scene.apply(testscenes::ev(t += 1'100'000, K::Unblock, 0, 0));
    }
    scene.apply(testscenes::ev(t, K::WorkerFinished, 0));
    scene.apply(testscenes::ev(t, K::WorkerFinished, 1));
    widgets::TimelineView view;
    view.setScene(&scene);
    textcheck::render(view, QSize(700, 300));
    const double blocked = drawnArea(view, 0, stage::WorkerState::Blocked);
    const double running = drawnArea(view, 0, stage::WorkerState::Running);
    QVERIFY(blocked + running > 0);
    const double share = blocked / (blocked + running);
    QVERIFY2(share > 0.7 && share < 0.87, qPrintable(QString::number(share)));
    // T2 ran the whole time and waited never.
    QCOMPARE(drawnArea(view, 1, stage::WorkerState::Blocked), 0.0);
    QVERIFY(drawnArea(view, 1, stage::WorkerState::Running) > 0);
}

void TestSceneViews::timelineShowsPhases()
{
    // One worker reads, adds and writes, a second each: three named stretches, left to right.
    using K = stage::EventKind;
    stage::Scene scene(testscenes::info(1));
    scene.apply(testscenes::ev(0, K::RunStarted, -1));
    scene.apply(testscenes::ev(0, K::WorkerStarted, 0));
    scene.apply(testscenes::step(0, 0, testscenes::Read, 1, 0));
    scene.apply(testscenes::step(1'000'000'000, 0, testscenes::Add, 2, 1));
    scene.apply(testscenes::step(2'000'000'000, 0, testscenes::Write, 3, 1));
    stage::Event done = testscenes::ev(3'000'000'000, K::WorkerFinished, 0);
    done.count = 3;
    scene.apply(done);
    widgets::TimelineView view;
    view.setScene(&scene);
    const QImage img = textcheck::render(view, QSize(1024, 300));
    const auto &phases = view.drawnPhases();
    QCOMPARE(phases.size(), std::size_t(3));
    const QStringList names = {QStringLiteral("read"), QStringLiteral("add"),
                               QStringLiteral("write")};
    for (std::size_t i = 0; i < phases.size(); ++i) {
        QCOMPARE(phases[i].step, names[qsizetype(i)]);
        QVERIFY(std::abs(phases[i].rect.width() - view.plotRect().width() / 3.0) < 2);
        if (i > 0)
            QVERIFY(phases[i].rect.left() >= phases[i - 1].rect.right() - 0.5);
        QVERIFY(drew(view.drawnTexts(), names[qsizetype(i)]));
    }
    const QString bad = textcheck::problems(view.drawnTexts(), &img, 18.0);
    QVERIFY2(bad.isEmpty(), qPrintable(bad));
}

void TestSceneViews::timelineDrawsNoGuessedPhases()
{
    // At full speed one step in 4096 is recorded: what the worker did between is unknown.
    using K = stage::EventKind;
    stage::Scene scene(testscenes::info(1));
    scene.apply(testscenes::ev(0, K::RunStarted, -1));
    scene.apply(testscenes::ev(0, K::WorkerStarted, 0));
    scene.apply(testscenes::step(1'000'000, 0, testscenes::Read, 4096, 0));
    scene.apply(testscenes::step(2'000'000, 0, testscenes::Write, 8192, 0));
    scene.apply(testscenes::step(3'000'000, 0, testscenes::Add, 12288, 0));
    widgets::TimelineView view;
    view.setScene(&scene);
    textcheck::render(view, QSize(1024, 300));
    QVERIFY(view.drawnPhases().empty());
}

void TestSceneViews::timelineTicksGrantedSteps()
{
    // Scheduler mode: T1 waits for the teacher, who grants it a step at 2 s, 5 s and 8 s; each
    // step runs for microseconds. The row shows the three steps, not "ready" throughout.
    using K = stage::EventKind;
    stage::Scene scene(testscenes::info(2));
    scene.apply(testscenes::ev(0, K::RunStarted, -1));
    std::int64_t count = 0;
    const auto arrive = [&](std::int64_t t, int stepId) {
        scene.apply(testscenes::step(t, 0, stepId, ++count, 0));
        scene.apply(testscenes::ev(t + 2'000, K::Parked, 0));
    };
    scene.apply(testscenes::ev(0, K::WorkerStarted, 0));
    scene.apply(testscenes::ev(0, K::WorkerStarted, 1));
    scene.apply(testscenes::ev(1'000, K::Parked, 1));
    arrive(1'000, testscenes::Read);
    const std::int64_t grants[] = {2'000'000'000, 5'000'000'000, 8'000'000'000};
    int stepId = testscenes::Read;
    for (std::int64_t g : grants) {
        scene.apply(testscenes::ev(g, K::Grant, 0));
        arrive(g + 8'000, ++stepId);
    }
    scene.apply(testscenes::ev(10'000'000'000, K::Grant, 1)); // the clock runs to 10 s
    widgets::TimelineView view;
    view.setScene(&scene);
    textcheck::render(view, QSize(1024, 300));
    std::vector<QRectF> ticks; // after its start (it ran from its start to its first step)
    for (const auto &d : view.drawnSpans())
        if (d.worker == 0 && d.state == stage::WorkerState::Running &&
            d.rect.left() > view.xOf(1'000'000'000))
            ticks.push_back(d.rect);
    QCOMPARE(ticks.size(), std::size_t(3));
    for (std::size_t i = 0; i < ticks.size(); ++i) {
        QVERIFY(ticks[i].width() >= 3);
        QVERIFY(std::abs(ticks[i].left() - view.xOf(grants[i])) <= ticks[i].width());
    }
    // …and between them it was ready, waiting for the teacher: a step named each time.
    QVERIFY(drawnArea(view, 0, stage::WorkerState::Ready) > 0);
    QCOMPARE(view.drawnPhases().size(), std::size_t(4));
}

void TestSceneViews::timelineHatchesBlocked()
{
    const stage::Scene scene = testscenes::scene(4);
    QCOMPARE(scene.workers()[1].state, stage::WorkerState::Blocked);
    widgets::TimelineView view;
    view.setScene(&scene);
    const QImage img = textcheck::render(view, QSize(1024, 400));
    // Near "now" T2's row is blocked: its colour and the black hatch lines both show.
    const QRect row = view.rowRect(1);
    const int x0 = int(view.xOf(scene.nowNs())) - 12;
    const QColor blocked = Theme::current().stateColor(stage::WorkerState::Blocked);
    int fill = 0, hatch = 0;
    for (int x = x0; x < x0 + 10; ++x) {
        for (int y = row.center().y() - 5; y < row.center().y() + 5; ++y) {
            const QRgb px = img.pixel(x, y) & 0xFFFFFF;
            fill += px == (blocked.rgb() & 0xFFFFFF) ? 1 : 0;
            hatch += px == 0 ? 1 : 0;
        }
    }
    QVERIFY(fill > 0);
    QVERIFY(hatch > 0);
    const QString bad = textcheck::problems(view.drawnTexts(), &img, 18.0);
    QVERIFY2(bad.isEmpty(), qPrintable(bad));
}

void TestSceneViews::statsToneHasMark()
{
    using Stat = widgets::StatsView::Stat;
    widgets::StatsView view;
    view.setStats({{QStringLiteral("Expected"), QStringLiteral("200000"), Stat::Tone::Normal},
                   {QStringLiteral("Actual"), QStringLiteral("137512"), Stat::Tone::Normal},
                   {QStringLiteral("Lost"), QStringLiteral("62488"), Stat::Tone::Bad},
                   {QStringLiteral("Safe"), QStringLiteral("yes"), Stat::Tone::Good}});
    const QImage img = textcheck::render(view, QSize(1024, view.sizeHint().height()));
    QVERIFY(drew(view.drawnTexts(), QStringLiteral("⚠ 62488")));
    QVERIFY(drew(view.drawnTexts(), QStringLiteral("✓ yes")));
    QVERIFY(drew(view.drawnTexts(), QStringLiteral("200000")));
    QVERIFY(!view.cardRect(3).isEmpty());
    QVERIFY(!view.cardRect(2).intersects(view.cardRect(3)));
    const QString bad = textcheck::problems(view.drawnTexts(), &img, 18.0);
    QVERIFY2(bad.isEmpty(), qPrintable(bad));
}

void TestSceneViews::placeholders()
{
    widgets::SharedView shared;
    widgets::LockView lock;
    widgets::TimelineView timeline;
    widgets::StatsView stats;
    for (QWidget *w : std::initializer_list<QWidget *>{&shared, &lock, &timeline, &stats}) {
        const QImage img = textcheck::render(*w, QSize(500, 300));
        QVERIFY(!img.isNull());
    }
    QVERIFY(lock.lockRect(0).isEmpty());
    QVERIFY(timeline.rowRect(0).isEmpty());
}

QTEST_MAIN(TestSceneViews)
#include "tst_sceneviews.moc"
