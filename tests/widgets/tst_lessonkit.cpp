#include "widgets/content.h"
#include "widgets/lessonpanel.h"
#include "widgets/lessonregistry.h"
#include "widgets/rundemo.h"
#include "widgets/rundriver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QSignalSpy>
#include <QTest>
#include <set>

using namespace widgets;

namespace {

/// The smallest engine a lesson could have: @p workers threads of @p steps steps, nothing else.
class TinyEngine
{
public:
    TinyEngine(int workers, int steps)
    {
        m_stage.setSteps({QStringLiteral("step")});
        for (int i = 0; i < workers; ++i)
            m_stage.addWorker(QStringLiteral("W%1").arg(i + 1), [steps](stage::Worker &w) {
                for (int s = 0; s < steps; ++s)
                    w.at(0);
            });
    }
    stage::Stage &stage() { return m_stage; }

private:
    stage::Stage m_stage;
};

RunDemo sumDemo()
{
    RunDemo d;
    d.name = QStringLiteral("sum");
    d.help = "adds";
    d.options = {DemoOption::integer("a", 1, 10, 2, "A", "first"),
                 DemoOption::choice("mode", {"fast", "slow"}, "fast", "how")};
    d.run = [](const DemoValues &v) {
        return DemoResult{{"a", v.value("a")}, {"mode", v.value("mode")}, {"ms", 0.25}};
    };
    return d;
}

} // namespace

/// The lesson kit's parts that need no lesson: language, headless demos, the registry and the
/// run driver on a tiny engine.
class TestLessonKit : public QObject
{
    Q_OBJECT
private slots:
    void oneLanguageDecision()
    {
        QCOMPARE(Content::languageOf(QLocale("zh_CN")), QString("zh_CN"));
        QCOMPARE(Content::languageOf(QLocale("zh_TW")), QString("zh_CN"));
        QCOMPARE(Content::languageOf(QLocale("en_GB")), QString("en"));
        QCOMPARE(Content::languageOf(QLocale("de_DE")), QString("en"));
        QVERIFY(Content::page("nosuch", "summary").isEmpty());
        QVERIFY(Content::notes("nosuch", 0).isEmpty());
    }

    void optionsCheckTheirValues()
    {
        const RunDemo d = sumDemo();
        DemoValues v = d.defaults();
        QCOMPARE(v.value("a").toLongLong(), 2);
        QCOMPARE(v.value("mode").toString(), QString("fast"));
        QVERIFY(d.option("a")->accept("7", v).isEmpty());
        QCOMPARE(v.value("a").toLongLong(), 7);
        for (const char *bad : {"0", "11", "x", "1.5", ""}) {
            const QString error = d.option("a")->accept(bad, v);
            QVERIFY2(error.contains(QStringLiteral("'%1'").arg(bad)), qPrintable(error));
            QVERIFY2(error.contains("--a") && error.contains("1 to 10"), qPrintable(error));
        }
        QCOMPARE(v.value("a").toLongLong(), 7); // a refused value changes nothing
        const QString error = d.option("mode")->accept("medium", v);
        QVERIFY2(error.contains("medium") && error.contains("fast or slow"), qPrintable(error));
        QCOMPARE(d.synopsis(), QString("--run sum [--a A] [--mode fast|slow]"));
        QCOMPARE(d.option("a")->range(), QString("1…10"));
        QVERIFY(!d.option("nosuch"));
    }

    void textOptionsTakeAnyNonEmptyValue()
    {
        const DemoOption o = DemoOption::text("src", "DIR", "folder");
        DemoValues v;
        QVERIFY(o.accept("/tmp/a b", v).isEmpty());
        QCOMPARE(v.value("src").toString(), QString("/tmp/a b"));
        const QString error = o.accept("", v);
        QVERIFY2(error.contains("''") && error.contains("--src") && error.contains("DIR"),
                 qPrintable(error));
        QCOMPARE(v.value("src").toString(), QString("/tmp/a b"));
        QCOMPARE(o.placeholder(), QString("DIR"));
    }

    void resultsAsTextAndJson()
    {
        const DemoResult r = sumDemo().run(sumDemo().defaults());
        QCOMPARE(formatResult(r, false), QString("a: 2\nmode: fast\nms: 0.250\n"));
        const QJsonObject o = QJsonDocument::fromJson(formatResult(r, true).toUtf8()).object();
        QCOMPARE(o.keys(), QStringList({"a", "mode", "ms"}));
        QCOMPARE(o["a"].toInteger(), 2);
        QCOMPARE(o["mode"].toString(), QString("fast"));
        QCOMPARE(o["ms"].toDouble(), 0.25);
    }

    void registryFindsLessonsDemosAndWorkers()
    {
        Lesson built;
        built.id = "built";
        built.trContext = "Test";
        built.title = "Built";
        built.panel = [](QWidget *) { return nullptr; };
        built.demos = {sumDemo()};
        built.workers = {{"child", [](stage::Worker &) {}}};
        const LessonRegistry r{Lesson::coming("first", "Test", "First"), built};
        QCOMPARE(r.ids(), QStringList({"first", "built"}));
        QCOMPARE(r.indexOf("built"), 1);
        QVERIFY(!r.find("first")->hasDemo());
        QVERIFY(r.find("built")->hasDemo());
        QCOMPARE(r.title("first"), QString("First"));
        QCOMPARE(r.demoNames(), QStringList({"sum"}));
        QCOMPARE(r.demo("sum").lesson, r.find("built"));
        QVERIFY(!r.demo("nosuch").demo);
        QVERIFY(r.worker("built.child"));
        QVERIFY(!r.worker("built.nosuch"));
        QVERIFY(!r.worker("first.child"));
        QVERIFY(!r.worker("built"));
    }

    void driverPlaysAnEngineToItsEnd()
    {
        RunDriver d;
        d.setFactory([] { return RunDriver::wrap(std::make_unique<TinyEngine>(2, 3)); });
        d.rebuild();
        QVERIFY(d.engine<TinyEngine>());
        QSignalSpy finished(&d, &RunDriver::finished);
        QSignalSpy playing(&d, &RunDriver::playingChanged);
        d.setSpeed(LessonPanel::FullSpeed);
        d.play();
        QVERIFY(d.isPlaying());
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(!d.isPlaying());
        QCOMPARE(playing.count(), 2);
        QVERIFY(d.scene().finished());
        QVERIFY(!d.events().empty());
        d.shutdown();
        QVERIFY(!d.run());
    }

    void pauseReplacesPlayingInTheStatus()
    {
        RunDriver d;
        d.setFactory([] { return RunDriver::wrap(std::make_unique<TinyEngine>(2, 1000)); });
        d.rebuild();
        QSignalSpy status(&d, &RunDriver::statusChanged);
        d.setSpeed(1);
        d.play();
        QVERIFY(d.isPlaying());
        QVERIFY(status.last().at(0).toString().startsWith(QLatin1String("Playing")));
        d.pause();
        QVERIFY(!d.isPlaying());
        QVERIFY2(status.last().at(0).toString().startsWith(QLatin1String("Paused")),
                 qPrintable(status.last().at(0).toString()));
        const qsizetype said = status.count();
        d.pause(); // already paused: nothing more to say
        QCOMPARE(status.count(), said);
        d.shutdown();
    }

    void runsVaryByTheirSeedAndReplay()
    {
        RunDriver d;
        d.setFactory([] { return RunDriver::wrap(std::make_unique<TinyEngine>(3, 4)); });
        d.setSpeed(LessonPanel::FullSpeed - 1); // Run pacing, the shortest beat
        auto playOnce = [&d] {
            QSignalSpy finished(&d, &RunDriver::finished);
            d.play();
            [&] { QTRY_COMPARE(finished.count(), 1); }();
            return d.run()->stage().grants();
        };
        std::set<std::vector<int>> orders;
        std::vector<int> last;
        std::uint64_t lastSeed = 0;
        for (int i = 0; i < 5; ++i) {
            d.rebuild();
            QVERIFY(d.seed() != 0);
            lastSeed = d.seed();
            last = playOnce();
            QCOMPARE(last.size(), std::size_t(12));
            orders.insert(last);
        }
        QVERIFY2(orders.size() > 1, "five runs, one interleaving: Run pacing is lockstep again");
        d.replay();
        QCOMPARE(d.seed(), lastSeed);
        QCOMPARE(playOnce(), last); // the same seed, the same interleaving
        d.shutdown();
    }

    void driverStepsOneAtATime()
    {
        RunDriver d;
        d.setFactory([] { return RunDriver::wrap(std::make_unique<TinyEngine>(2, 3)); });
        d.rebuild();
        d.step();
        QTRY_VERIFY((d.refresh(), d.run()->stage().grants().size() == 1));
        d.step();
        QTRY_VERIFY((d.refresh(), d.run()->stage().grants().size() == 2));
        QVERIFY(!d.isPlaying());
    }

    void driverScrubsTheRecordedRun()
    {
        // Every lesson's driver: the picture after any earlier step, the live one at the end.
        RunDriver d;
        d.setFactory([] { return RunDriver::wrap(std::make_unique<TinyEngine>(2, 3)); });
        d.rebuild();
        QCOMPARE(d.recordedSteps(), 0);
        QVERIFY(d.isLive());
        std::vector<std::pair<int, stage::Scene>> seen; // (steps recorded, picture) per press
        for (int press = 0; press < 4; ++press) {
            d.step();
            QTRY_VERIFY((d.refresh(), d.run()->stage().grants().size() == std::size_t(press + 1) &&
                                          d.run()->stage().isSettled()));
            d.refresh();
            seen.emplace_back(d.recordedSteps(), d.scene());
        }
        QSignalSpy changed(&d, &RunDriver::recordingChanged);
        QSignalSpy frames(&d, &RunDriver::frame);
        for (auto it = seen.rbegin(); it != seen.rend(); ++it) {
            d.showStep(it->first);
            QVERIFY(d.scene() == it->second);
        }
        QVERIFY(!d.isLive());
        QVERIFY(!changed.isEmpty());
        QVERIFY(!frames.isEmpty()); // the views redraw the past
        QVERIFY(d.shownEvents().size() < d.events().size());
        QCOMPARE(d.scene().eventCount(), std::uint64_t(d.shownEvents().size()));
        d.showStep(-5); // clamped: before the first step
        QCOMPARE(d.shownStep(), 0);
        QCOMPARE(d.scene().workers()[0].steps, 0);
        d.showStep(d.recordedSteps());
        QVERIFY(d.isLive());
        QVERIFY(&d.scene() == &d.liveScene());
        d.shutdown();
    }

    void schedulerGrantsRefusesAndUndoes()
    {
        RunDriver d;
        d.setFactory([] { return RunDriver::wrap(std::make_unique<TinyEngine>(2, 1)); });
        d.rebuild();
        QSignalSpy mode(&d, &RunDriver::schedulerModeChanged);
        QSignalSpy status(&d, &RunDriver::statusChanged);
        d.setSchedulerMode(true);
        QCOMPARE(mode.count(), 1);
        QTRY_VERIFY((d.refresh(), d.grantable().size() == 2));
        QVERIFY(!d.canUndo());
        QKeyEvent two(QEvent::KeyPress, Qt::Key_2, Qt::NoModifier, "2");
        QVERIFY(d.handleKey(&two));
        QTRY_VERIFY((d.refresh(), d.run()->stage().grants() == std::vector<int>{1}));
        QVERIFY(d.canUndo());
        // W2 took its only step and finished: it cannot step again, and the teacher is told.
        QTRY_VERIFY((d.refresh(), d.scene().workers()[1].state == stage::WorkerState::Finished));
        status.clear();
        QVERIFY(!d.grant(1));
        QCOMPARE(status.count(), 1);
        QVERIFY(status.at(0).at(0).toString().contains("W2"));
        QKeyEvent undo(QEvent::KeyPress, Qt::Key_Z, Qt::ControlModifier, "z");
        QVERIFY(d.handleKey(&undo));
        QVERIFY(d.run()->stage().grants().empty());
        QTRY_VERIFY((d.refresh(), d.grantable().size() == 2));
        status.clear();
        d.play(); // ends scheduler mode, and says so
        QVERIFY(!d.schedulerMode());
        QCOMPARE(mode.count(), 2);
        QVERIFY(!status.isEmpty());
        QVERIFY2(status.last().at(0).toString().contains("scheduler"),
                 qPrintable(status.last().at(0).toString()));
        QKeyEvent one(QEvent::KeyPress, Qt::Key_1, Qt::NoModifier, "1");
        QVERIFY(!d.handleKey(&one)); // number keys are the scheduler's only
    }
};

QTEST_MAIN(TestLessonKit)
#include "tst_lessonkit.moc"
