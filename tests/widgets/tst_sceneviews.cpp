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
