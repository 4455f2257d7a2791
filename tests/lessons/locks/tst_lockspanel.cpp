#include "locks/lockspanel.h"
#include "widgets/codeview.h"
#include "widgets/sharedview.h"
#include "widgets/steplogview.h"
#include "widgets/theme.h"
#include "widgets/timelineview.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTranslator>
#include <QtTest>

using namespace locks;
using stage::WorkerState;

namespace {

RaceOptions opts(int threads, std::int64_t iterations, bool lock)
{
    RaceOptions o;
    o.threads = threads;
    o.iterations = iterations;
    o.lock = lock;
    return o;
}

std::int64_t totalSteps(const stage::Scene &scene)
{
    std::int64_t n = 0;
    for (const auto &w : scene.workers())
        n += w.steps;
    return n;
}

/// Refreshes until the demo has settled (every worker parked, blocked or done).
bool settle(LocksPanel &panel)
{
    panel.refresh();
    return panel.demo() && panel.demo()->stage().isSettled();
}

} // namespace

class TestLocksPanel : public QObject
{
    Q_OBJECT
private slots:
    void sixClicksLoseAnUpdate();
    void theLostUpdateIsToldWhereItHappens();
    void lockOnMakesTheSecondThreadWait();
    void numberKeysGrantSteps();
    void undoTakesTheLastStepBack();
    void stepTakesExactlyOneStep();
    void playAtFullSpeedFinishes();
    void slowRunsDoNotAllLoseTheSame();
    void eachRunIsTimedAndTabled();
    void shutdownIsPromptInEveryMode_data();
    void shutdownIsPromptInEveryMode();
    void slidesMoveBetweenTabsAndListings();
    void listingCommentsFollowTheLanguage();
};

void TestLocksPanel::sixClicksLoseAnUpdate()
{
    LocksPanel panel;
    panel.setOptions(opts(2, 1, false));
    panel.driver().setSchedulerMode(true);
    for (int w : {0, 1, 0, 1, 0, 1}) {
        QTRY_VERIFY(settle(panel));
        QVERIFY(panel.driver().grant(w));
    }
    QTRY_VERIFY((panel.refresh(), panel.scene().finished()));
    QCOMPARE(panel.demo()->result().actual, 1);
    QCOMPARE(panel.demo()->result().lost, 1);
    QCOMPARE(panel.scene().shared()[LocksDemo::CounterId].value, 1);
}

void TestLocksPanel::theLostUpdateIsToldWhereItHappens()
{
    LocksPanel panel;
    panel.resize(1024, 640);
    panel.setOptions(opts(2, 1, false));
    panel.driver().setSchedulerMode(true);
    for (int w : {0, 1, 0, 1, 0, 1}) {
        QTRY_VERIFY(settle(panel));
        QVERIFY(panel.driver().grant(w));
    }
    QTRY_VERIFY((panel.refresh(), panel.scene().finished()));
    const RaceLog &log = panel.log();
    QCOMPARE(log.total(), 6);
    const LogEntry &last = log.entries().back();
    QCOMPARE(last.worker, 1);
    QCOMPARE(last.overwritten, 0);
    QCOMPARE(last.lost, 1);
    auto *view = panel.findChild<widgets::StepLogView *>();
    QVERIFY(view);
    QCOMPARE(int(view->lines().size()), 6);
    QVERIFY(view->lines().back().marked);
    QVERIFY(view->lines().back().text.startsWith(QStringLiteral("#6 T2 write n ← 1")));
    auto *timeline = panel.findChild<widgets::TimelineView *>();
    QCOMPARE(int(timeline->marks().size()), 1);
    QCOMPARE(timeline->marks().front().worker, 1);
    // The counter's card is marked (who overwrote whose value, or "update lost" when narrow).
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *shared = panel.findChild<widgets::SharedView *>();
    QVERIFY(shared);
    shared->grab();
    QStringList sharedTexts;
    for (const widgets::DrawnText &d : shared->drawnTexts())
        sharedTexts << d.text;
    QVERIFY2(sharedTexts.join(' ').contains(QStringLiteral("T2 overwrote T1's 1")) ||
                 sharedTexts.join(' ').contains(QStringLiteral("✗ update lost")),
             qPrintable(sharedTexts.join(" | ")));
    if (const QByteArray shot = qgetenv("CC_SHOT"); !shot.isEmpty()) { // looked at by hand
        panel.show();
        panel.grab().save(QString::fromLocal8Bit(shot));
    }
}

void TestLocksPanel::lockOnMakesTheSecondThreadWait()
{
    LocksPanel panel;
    panel.setOptions(opts(2, 1, true));
    panel.driver().setSchedulerMode(true);
    QTRY_VERIFY(settle(panel));
    QVERIFY(panel.driver().grant(0)); // T1 takes the lock
    QTRY_VERIFY(settle(panel));
    QVERIFY(panel.driver().grant(1)); // T2 asks for it and waits
    QTRY_VERIFY(settle(panel));
    QCOMPARE(panel.scene().workers()[1].state, WorkerState::Blocked);
    QCOMPARE(panel.scene().locks()[0].owner, 0);
    QSignalSpy status(&panel, &LocksPanel::statusChanged);
    QVERIFY(!panel.driver().grant(1)); // cannot move while T1 holds the lock
    QCOMPARE(status.count(), 1);
    for (int i = 0; i < 4; ++i) { // T1: read, add, write, release
        QTRY_VERIFY(settle(panel));
        QVERIFY(panel.driver().grant(0));
    }
    QTRY_VERIFY(settle(panel));
    QCOMPARE(panel.scene().locks()[0].owner, 1);
    QCOMPARE(panel.scene().workers()[0].state, WorkerState::Finished);
}

void TestLocksPanel::numberKeysGrantSteps()
{
    LocksPanel panel;
    panel.setOptions(opts(3, 2, false));
    panel.driver().setSchedulerMode(true);
    QTRY_VERIFY(settle(panel) && panel.demo()->stage().readyWorkers().size() == 3);
    QTest::keyClick(&panel, Qt::Key_3);
    QTRY_VERIFY(settle(panel) && panel.demo()->stage().grants().size() == 1);
    QTest::keyClick(&panel, Qt::Key_1);
    QTRY_VERIFY(settle(panel) && panel.demo()->stage().grants().size() == 2);
    QCOMPARE(panel.demo()->stage().grants(), (std::vector<int>{2, 0}));
    QTest::keyClick(&panel, Qt::Key_9); // no such thread: nothing happens
    QTRY_VERIFY(settle(panel));
    QCOMPARE(panel.demo()->stage().grants().size(), std::size_t(2));
}

void TestLocksPanel::undoTakesTheLastStepBack()
{
    LocksPanel panel;
    panel.setOptions(opts(2, 1, false));
    panel.driver().setSchedulerMode(true);
    for (int w : {0, 1, 0}) {
        QTRY_VERIFY(settle(panel));
        QVERIFY(panel.driver().grant(w));
    }
    QTRY_VERIFY(settle(panel));
    QCOMPARE(panel.scene().workers()[0].step, int(Step::Write));
    panel.driver().undo();
    QTRY_VERIFY(settle(panel) && panel.demo()->stage().grants().size() == 2);
    QTRY_COMPARE((panel.refresh(), panel.scene().workers()[0].step), int(Step::Add));
    QCOMPARE(panel.scene().workers()[1].step, int(Step::Add));
    QTest::keyClick(&panel, Qt::Key_Z, Qt::ControlModifier);
    QTRY_VERIFY(settle(panel) && panel.demo()->stage().grants().size() == 1);
}

void TestLocksPanel::stepTakesExactlyOneStep()
{
    LocksPanel panel;
    panel.setOptions(opts(2, 5, false));
    panel.step();
    QTRY_VERIFY(settle(panel) && panel.demo()->stage().grants().size() == 1);
    panel.step();
    panel.step();
    QTRY_VERIFY(settle(panel) && panel.demo()->stage().grants().size() == 3);
    // Two workers parked at their first step (2) plus three granted steps.
    QTRY_COMPARE((panel.refresh(), totalSteps(panel.scene())), std::int64_t(5));
    QVERIFY(!panel.isPlaying());
}

void TestLocksPanel::playAtFullSpeedFinishes()
{
    LocksPanel panel;
    panel.setOptions(opts(2, 100000, true));
    panel.setSpeed(LocksPanel::FullSpeed);
    QSignalSpy playing(&panel, &LocksPanel::playingChanged);
    panel.play();
    QVERIFY(panel.isPlaying());
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isPlaying(), 30000);
    QCOMPARE(playing.count(), 2);
    QVERIFY(panel.scene().finished());
    QCOMPARE(panel.demo()->result().expected, 200000);
    QCOMPARE(panel.demo()->result().lost, 0);
    QCOMPARE(panel.scene().shared()[LocksDemo::CounterId].value, 200000);
}

void TestLocksPanel::slowRunsDoNotAllLoseTheSame()
{
    // Run pacing at the default speed: a seeded random choice of which ready worker goes on each
    // beat. Lockstep would lose the same number every time (3 of 6); a scheduler-like order must
    // not, and every lost update must be named in the log where it happened.
    LocksPanel panel;
    panel.setOptions(opts(2, 3, false));
    QCOMPARE(panel.driver().speed(), 60); // the slider's default
    QSet<std::int64_t> lost;
    QSet<std::uint64_t> seeds;
    for (int run = 0; run < 10; ++run) {
        panel.play(); // a finished run starts over with a new seed
        QVERIFY(panel.isPlaying());
        seeds.insert(panel.driver().seed());
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isPlaying(), 10000);
        QVERIFY(panel.scene().finished());
        const RaceResult r = panel.demo()->result();
        QCOMPARE(r.expected, 6);
        lost.insert(r.lost);
        std::int64_t named = 0;
        for (const LogEntry &e : panel.log().entries())
            named += e.lost;
        QCOMPARE(named, r.lost);
    }
    QCOMPARE(seeds.size(), 10);
    QVERIFY2(lost.size() > 1,
             qPrintable(QStringLiteral("all ten runs lost %1").arg(*lost.begin())));
}

void TestLocksPanel::eachRunIsTimedAndTabled()
{
    LocksPanel panel;
    panel.setOptions(opts(2, 1000, true));
    panel.setSpeed(LocksPanel::FullSpeed);
    QSignalSpy status(&panel, &LocksPanel::statusChanged);
    for (int run = 0; run < LocksPanel::KeptRuns + 2; ++run) {
        if (run == 3)
            panel.setOptions(opts(3, 1000, false));
        panel.play();
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isPlaying(), 10000);
        QCOMPARE(int(panel.runs().size()), std::min(run + 1, int(LocksPanel::KeptRuns)));
        const RunRecord &last = panel.runs().back();
        QCOMPARE(last.options.threads, run < 3 ? 2 : 3);
        QCOMPARE(last.options.lock, run < 3);
        QCOMPARE(last.lost, panel.demo()->result().lost);
        QVERIFY(last.elapsedMs > 0);
        QCOMPARE(last.elapsedMs, panel.demo()->result().elapsedMs);
        // The window says how long it took, not only the command line.
        QVERIFY(!status.isEmpty());
        QVERIFY2(status.last().at(0).toString().contains(QStringLiteral(" ms")),
                 qPrintable(status.last().at(0).toString()));
    }
    // The oldest two went; the newest is last, numbered on across the knob change.
    QCOMPARE(panel.runs().front().number, 3);
    QCOMPARE(panel.runs().back().number, LocksPanel::KeptRuns + 2);
}

void TestLocksPanel::shutdownIsPromptInEveryMode_data()
{
    QTest::addColumn<QString>("mode");
    for (const char *m : {"run", "paused", "scheduler", "full-speed"})
        QTest::newRow(m) << QString::fromLatin1(m);
}

void TestLocksPanel::shutdownIsPromptInEveryMode()
{
    QFETCH(QString, mode);
    LocksPanel panel;
    panel.setOptions(opts(16, 1'000'000, true));
    if (mode == QLatin1String("scheduler")) {
        panel.driver().setSchedulerMode(true);
    } else {
        panel.setSpeed(mode == QLatin1String("full-speed") ? LocksPanel::FullSpeed : 0);
        panel.play();
        if (mode == QLatin1String("paused"))
            panel.pause();
    }
    QTRY_VERIFY(panel.demo()->stage().eventsRecorded() > 16);
    QElapsedTimer timer;
    timer.start();
    panel.shutdown();
    const qint64 ms = timer.elapsed();
    QVERIFY2(ms < 1000, qPrintable(QStringLiteral("shutdown took %1 ms").arg(ms)));
    QVERIFY(panel.demo() == nullptr);
    QVERIFY(!panel.isPlaying());
    // Reset after a shutdown sets the lesson up again.
    panel.reset();
    QVERIFY(panel.demo() != nullptr);
}

void TestLocksPanel::slidesMoveBetweenTabsAndListings()
{
    LocksPanel panel;
    QCOMPARE(panel.slides().size(), 4);
    for (int i = 0; i < 4; ++i) {
        panel.showSlide(i);
        QCOMPARE(panel.currentSlide(), i);
        QVERIFY(!panel.presenterNotes(i).isEmpty());
    }
}

namespace {

/// Chinese for the listing's comments only; the real .qm files are the app's (tested there).
class ListingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (QByteArray(context) == "Locks" && QByteArray(source) == "shared by all")
            return QString("所有线程共享");
        return {};
    }
    bool isEmpty() const override { return false; }
};

} // namespace

void TestLocksPanel::listingCommentsFollowTheLanguage()
{
    const QLocale before;
    ListingTranslator zh;
    auto restore = qScopeGuard([&] {
        QLocale::setDefault(before);
        QCoreApplication::removeTranslator(&zh);
    });
    QLocale::setDefault(QLocale(QLocale::English));
    LocksPanel panel;
    auto *code = panel.findChild<widgets::CodeView *>();
    QVERIFY(code);
    const auto python = [code] { return code->listings().at(0).lines().join('\n'); };
    QVERIFY(python().contains("# shared by all"));

    // What LanguageManager does at run time: new default locale and translator, which makes
    // Qt send the panel a LanguageChange event.
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    QVERIFY(QCoreApplication::installTranslator(&zh));
    QTRY_VERIFY(python().contains(QString("# 所有线程共享")));
    QVERIFY(!python().contains("shared by all"));
    // The step markers survive the switch: read/add/write still map to the same lines.
    const stage::CodeListing &listing = code->listings().at(0);
    QCOMPARE(listing.lineOf(int(Step::Read)),
             int(listing.lines().indexOf(QRegularExpression("^\\s*tmp = n$"))));
}

QTEST_MAIN(TestLocksPanel)
#include "tst_lockspanel.moc"
