// Renders every view (and a lesson-like composition of them) at projector and desktop sizes,
// in every theme, with 4 and 16 workers. Set CC_WIDGETS_SHOTS=DIR to also save the PNGs and
// CC_WIDGETS_QM=FILE.qm to render translated (e.g. widgets_zh_CN.qm from lrelease).

#include "scenes.h"
#include "textcheck.h"
#include "widgets/codeview.h"
#include "widgets/lockview.h"
#include "widgets/sharedview.h"
#include "widgets/statsview.h"
#include "widgets/theme.h"
#include "widgets/timelineview.h"
#include "widgets/workerlanesview.h"

#include <QDir>
#include <QGridLayout>
#include <QTest>
#include <QTranslator>

using widgets::Theme;

namespace {

/// A lesson-like panel: lanes and code on top, lock and shared values, timeline, stats.
struct Panel
{
    QWidget root;
    widgets::WorkerLanesView *lanes = new widgets::WorkerLanesView;
    widgets::CodeView *code = new widgets::CodeView;
    widgets::LockView *lock = new widgets::LockView;
    widgets::SharedView *shared = new widgets::SharedView;
    widgets::TimelineView *timeline = new widgets::TimelineView;
    widgets::StatsView *stats = new widgets::StatsView;

    explicit Panel(const stage::Scene *scene)
    {
        auto *grid = new QGridLayout(&root);
        grid->addWidget(lanes, 0, 0);
        grid->addWidget(code, 0, 1);
        grid->addWidget(lock, 1, 0);
        grid->addWidget(shared, 1, 1);
        grid->addWidget(timeline, 2, 0, 1, 2);
        grid->addWidget(stats, 3, 0, 1, 2);
        grid->setRowStretch(0, 3);
        grid->setRowStretch(2, 2);
        lanes->setScene(scene);
        lanes->setGrantable({1, 3});
        code->setListings({testscenes::python(), testscenes::cpp()});
        code->setScene(scene);
        lock->setScene(scene);
        shared->setScene(scene);
        timeline->setScene(scene);
        using Stat = widgets::StatsView::Stat;
        stats->setStats({{QStringLiteral("Expected"), QStringLiteral("200000"), Stat::Tone::Normal},
                         {QStringLiteral("Actual"), QStringLiteral("137512"), Stat::Tone::Normal},
                         {QStringLiteral("Lost"), QStringLiteral("62488"), Stat::Tone::Bad}});
    }
};

} // namespace

class TestRender : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void views_data();
    void views();
};

void TestRender::initTestCase()
{
    const QString qm = qEnvironmentVariable("CC_WIDGETS_QM");
    if (qm.isEmpty())
        return;
    auto *translator = new QTranslator(this);
    QVERIFY(translator->load(qm));
    QCoreApplication::installTranslator(translator);
}

void TestRender::views_data()
{
    QTest::addColumn<int>("theme");
    QTest::addColumn<int>("workers");
    QTest::addColumn<QSize>("size");
    for (Theme::Kind k : {Theme::Kind::Projector, Theme::Kind::Light, Theme::Kind::Dark}) {
        for (int workers : {4, 16}) {
            for (const QSize size : {QSize(1024, 768), QSize(1920, 1080)}) {
                QTest::addRow("%s-%d-%dx%d", qPrintable(Theme::kindName(k)), workers, size.width(),
                              size.height())
                    << int(k) << workers << size;
            }
        }
    }
}

void TestRender::views()
{
    QFETCH(int, theme);
    QFETCH(int, workers);
    QFETCH(QSize, size);
    const Theme::Kind kind = Theme::Kind(theme);
    Theme::setCurrent(Theme::make(kind));
    const stage::Scene scene = testscenes::scene(workers);
    const QString dir = qEnvironmentVariable("CC_WIDGETS_SHOTS");
    const QString tag = QStringLiteral("%1-%2w-%3x%4")
                            .arg(Theme::kindName(kind))
                            .arg(workers)
                            .arg(size.width())
                            .arg(size.height());
    auto shoot = [&](QWidget &w, const QString &name) {
        w.setPalette(Theme::current().palette());
        const QImage img = textcheck::render(w, size);
        if (!dir.isEmpty() && kind == Theme::Kind::Projector) {
            QDir().mkpath(dir);
            if (!img.save(QStringLiteral("%1/%2-%3.png").arg(dir, name, tag)))
                return QImage();
        }
        return img;
    };

    Panel panel(&scene);
    const QImage img = shoot(panel.root, QStringLiteral("panel"));
    QVERIFY(!img.isNull());
    // Every view of the composed panel at its real size: text fits (18 px minimum, projector).
    const double minPx = kind == Theme::Kind::Projector ? 18.0 : 0.0;
    const QList<QPair<QString, QList<widgets::DrawnText>>> texts = {
        {QStringLiteral("lanes"), panel.lanes->drawnTexts()},
        {QStringLiteral("code"), panel.code->drawnTexts()},
        {QStringLiteral("lock"), panel.lock->drawnTexts()},
        {QStringLiteral("shared"), panel.shared->drawnTexts()},
        {QStringLiteral("timeline"), panel.timeline->drawnTexts()},
        {QStringLiteral("stats"), panel.stats->drawnTexts()}};
    for (const auto &[name, list] : texts) {
        QVERIFY2(!list.isEmpty(), qPrintable(name));
        const QString bad = textcheck::problems(list, &img, minPx);
        QVERIFY2(bad.isEmpty(), qPrintable(name + QStringLiteral(": ") + bad));
    }

    // Each view alone, full size.
    widgets::WorkerLanesView lanes;
    lanes.setScene(&scene);
    QVERIFY(!shoot(lanes, QStringLiteral("lanes")).isNull());
    widgets::CodeView code;
    code.setListings({testscenes::python(), testscenes::cpp()});
    code.setScene(&scene);
    QVERIFY(!shoot(code, QStringLiteral("code")).isNull());
    widgets::TimelineView timeline;
    timeline.setScene(&scene);
    QVERIFY(!shoot(timeline, QStringLiteral("timeline")).isNull());
    widgets::LockView lock;
    lock.setScene(&scene);
    QVERIFY(!shoot(lock, QStringLiteral("lock")).isNull());
    lock.setLockEnabled(false);
    QVERIFY(!shoot(lock, QStringLiteral("nolock")).isNull());
}

QTEST_MAIN(TestRender)
#include "tst_render.moc"
