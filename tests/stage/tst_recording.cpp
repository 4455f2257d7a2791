#include "stage/recording.h"
#include "stage/scene.h"
#include "stage/stage.h"
#include "stage/stagemutex.h"

#include <QDeadlineTimer>
#include <QtTest>
#include <atomic>
#include <optional>
#include <random>
#include <thread>

using namespace stage;

namespace {

/// The locks lesson's loop in small: read, add, write under a lock (or not), @p k times each.
struct Race
{
    Stage stage;
    std::unique_ptr<StageMutex> lock;
    std::atomic<std::int64_t> n{0};

    Race(int threads, int k, bool locked)
    {
        stage.setSteps({QStringLiteral("acquire"), QStringLiteral("read"), QStringLiteral("add"),
                        QStringLiteral("write")});
        const int shared = stage.addShared(QStringLiteral("n"));
        lock = std::make_unique<StageMutex>(stage, stage.addLock(QStringLiteral("lock")));
        for (int t = 0; t < threads; ++t)
            stage.addWorker(QStringLiteral("T%1").arg(t + 1), [this, k, locked, shared](Worker &w) {
                for (std::int64_t i = 0; i < k; ++i) {
                    std::optional<StageLockGuard> guard;
                    if (locked) {
                        w.at(0, {{"i", i}});
                        guard.emplace(*lock, w);
                    }
                    w.at(1, {{"i", i}});
                    std::int64_t tmp = n.load(std::memory_order_relaxed);
                    w.at(2, {{"i", i}, {"tmp", tmp}});
                    tmp += 1;
                    w.at(3, {{"i", i}, {"tmp", tmp}});
                    n.store(tmp, std::memory_order_relaxed);
                    w.wrote(shared, tmp);
                }
            });
    }
    /// Joins the workers before the lock they may wait on goes away.
    ~Race() { stage.stop(); }
};

/// Waits (bounded) until no worker is between checkpoints and no grant is pending.
bool settle(Stage &s)
{
    const QDeadlineTimer deadline(2000);
    while (!s.isSettled()) {
        if (deadline.hasExpired())
            return false;
        std::this_thread::yield();
    }
    return true;
}

/// What a replayed run must reproduce: everything but the clock (spans, hand-off times, now).
QString structure(const Scene &s)
{
    QStringList out;
    for (const WorkerView &w : s.workers()) {
        QStringList locals;
        for (const NamedValue &v : w.locals)
            locals << QStringLiteral("%1=%2").arg(v.name).arg(v.value);
        out << QStringLiteral("%1 %2 step %3 (%4) [%5] waits %6")
                   .arg(w.name, QLatin1String(stateKey(w.state)))
                   .arg(w.step)
                   .arg(w.steps)
                   .arg(locals.join(QLatin1Char(',')))
                   .arg(w.waitingFor);
    }
    for (const NamedValue &v : s.shared())
        out << QStringLiteral("%1=%2").arg(v.name).arg(v.value);
    for (const LockView &l : s.locks()) {
        QStringList waiters;
        for (int w : l.waiters)
            waiters << QString::number(w);
        out << QStringLiteral("lock by %1 [%2] %3")
                   .arg(l.owner)
                   .arg(waiters.join(' '))
                   .arg(l.acquisitions);
    }
    return out.join(QLatin1Char('\n'));
}

/// One event as a replay must repeat it: everything but the clock, the CPU and the position.
QString describe(const Event &e)
{
    QString out = QStringLiteral("%1 w%2 %3#%4 step %5 count %6")
                      .arg(int(e.kind))
                      .arg(e.worker)
                      .arg(QLatin1String(objectKindKey(e.objectKind)))
                      .arg(e.object)
                      .arg(e.step)
                      .arg(e.count);
    for (int i = 0; i < e.valueCount; ++i) {
        const Value &v = e.values[std::size_t(i)];
        out += QStringLiteral(" %1=%2").arg(QLatin1String(v.name)).arg(v.value);
        if (v.text)
            out += QLatin1Char('"') + QString::fromUtf8(v.text) + QLatin1Char('"');
    }
    return out;
}

/// The events from the one step @p k begins at to the end, described.
QStringList eventsFrom(const Recording &rec, std::size_t k)
{
    QStringList out;
    for (std::size_t i = rec.cut(k); i < rec.events().size(); ++i)
        out << describe(rec.events()[i]);
    return out;
}

/// Grants @p worker once the stage has settled; false when it never settles or refuses.
bool grantSettled(Stage &s, int worker)
{
    return settle(s) && s.grant(worker);
}

} // namespace

class TestRecording : public QObject
{
    Q_OBJECT
private slots:
    void everyStepIsTheFrameSeenLive_data();
    void everyStepIsTheFrameSeenLive();
    void scrubsBothWaysOverSnapshots();
    void replayFromAStepReachesIt();
    void replayRepeatsTheRunAfterTheStep();
    void fullSpeedStepsAreNotReplayable();
};

void TestRecording::everyStepIsTheFrameSeenLive_data()
{
    QTest::addColumn<bool>("locked");
    QTest::newRow("lock off") << false;
    QTest::newRow("lock on") << true;
}

void TestRecording::everyStepIsTheFrameSeenLive()
{
    // Step by step, as the teacher presses S: the scene after each step (seen live) is the
    // scene the recording folds for that step, and the steps are exactly those presses.
    QFETCH(bool, locked);
    Race race(2, 3, locked);
    Stage &s = race.stage;
    s.setPacing(Pacing::Paused);
    Recording rec(s.info());
    Scene live(s.info());
    std::vector<std::pair<std::size_t, Scene>> frames;
    s.start();
    for (int press = 0; press < 200 && !live.finished(); ++press) {
        QVERIFY(settle(s));
        const std::vector<Event> fresh = s.drain();
        rec.append(fresh);
        live.apply(fresh);
        // Between the last worker's end and the run's end no step is taken: not a frame.
        if (!s.isFinished())
            frames.emplace_back(rec.events().size(), live);
        if (!s.isFinished())
            s.stepOnce();
    }
    s.wait();
    const std::vector<Event> rest = s.drain();
    rec.append(rest);
    live.apply(rest);
    frames.emplace_back(rec.events().size(), live);
    QVERIFY(live.finished());
    QVERIFY(frames.size() > 10);
    QVERIFY(!rec.truncated());
    // Every paced step is one press after the workers' first arrivals.
    QCOMPARE(rec.grantsBefore(rec.steps()), s.grants());
    for (const auto &[count, frame] : frames) {
        const std::ptrdiff_t step = rec.stepEndingAt(count);
        QVERIFY2(step >= 0, qPrintable(QStringLiteral("no step ends at event %1").arg(count)));
        QVERIFY(rec.sceneAt(std::size_t(step)) == frame);
        QVERIFY(rec.sceneAt(std::size_t(step)) == Scene::foldPrefix(s.info(), rec.events(), count));
    }
    // Backwards too (the scrubber moving left refolds).
    for (auto it = frames.rbegin(); it != frames.rend(); ++it)
        QVERIFY(rec.sceneAt(std::size_t(rec.stepEndingAt(it->first))) == it->second);
    QVERIFY(rec.replayable(rec.steps()));
}

void TestRecording::scrubsBothWaysOverSnapshots()
{
    // Past the snapshot interval: jumps back and forth in any order land on the prefix fold.
    StageInfo info;
    info.workers = {QStringLiteral("T1"), QStringLiteral("T2")};
    info.shared = {{QStringLiteral("n"), 0}};
    std::vector<Event> events;
    for (int i = 0; i < 70000; ++i) {
        Event e;
        e.seq = std::uint64_t(i);
        e.tNs = i * 10;
        e.worker = i % 2;
        if (i % 3 == 0) {
            e.kind = EventKind::Step;
            e.step = i % 4;
            e.count = i;
            e.values[0] = {"tmp", i};
            e.valueCount = 1;
        } else {
            e.kind = EventKind::Set;
            e.objectKind = ObjectKind::Shared;
            e.object = 0;
            e.count = i;
        }
        events.push_back(e);
    }
    Recording rec(info);
    rec.append(std::span<const Event>(events).first(40000));
    rec.append(std::span<const Event>(events).subspan(40000));
    QCOMPARE(rec.events().size(), events.size());
    QVERIFY(rec.steps() > 20000);
    std::mt19937 rng(42);
    std::vector<std::size_t> order{0, rec.steps(), rec.steps() - 1, 1, rec.steps() / 2};
    for (int i = 0; i < 20; ++i)
        order.push_back(std::size_t(rng() % (rec.steps() + 1)));
    for (std::size_t step : order) {
        const Scene expected = Scene::foldPrefix(info, events, rec.cut(step));
        QVERIFY2(rec.sceneAt(step) == expected, qPrintable(QString::number(step)));
        QCOMPARE(rec.sceneAt(step).eventCount(), std::uint64_t(rec.cut(step)));
    }
    // Not replayable: the steps began at checkpoints nobody granted (full speed).
    QVERIFY(!rec.replayable(rec.steps()));

    Recording small(info, 10);
    small.append(events);
    QCOMPARE(small.events().size(), std::size_t(10));
    QVERIFY(small.truncated());
}

void TestRecording::replayFromAStepReachesIt()
{
    // Scheduler mode: the teacher's grants are the whole story, so running fresh workers under
    // the grants before a step brings them to that step's picture (all but the clock), even
    // with two threads waiting in line for the lock (it goes to the longest waiter).
    std::vector<int> order;
    Recording rec;
    {
        Race race(3, 3, true);
        Stage &s = race.stage;
        s.setPacing(Pacing::Scheduler);
        rec = Recording(s.info());
        s.start();
        std::mt19937 rng(7);
        for (int g = 0; g < 300 && !s.isFinished(); ++g) {
            QVERIFY(settle(s));
            const std::vector<int> ready = s.readyWorkers();
            if (ready.empty())
                break;
            s.grant(ready[rng() % ready.size()]);
        }
        s.wait();
        rec.append(s.drain());
    }
    QVERIFY(rec.steps() > 20);
    QVERIFY(rec.replayable(rec.steps()));
    int checked = 0;
    for (std::size_t step = 2; step < rec.steps(); step += 3) {
        // Only steps the workers settle at: the next one begins at a grant.
        if (rec.events()[rec.cut(step)].kind != EventKind::Grant)
            continue;
        Race again(3, 3, true);
        Stage &s = again.stage;
        s.setPacing(Pacing::Scheduler);
        for (int g : rec.grantsBefore(step))
            s.grant(g);
        s.start();
        Scene replayed(s.info());
        const QDeadlineTimer deadline(2000);
        // Settled with every grant applied and every event drained.
        while (!(s.isSettled() && s.grants().size() == rec.grantsBefore(step).size() &&
                 s.eventsRecorded() == replayed.eventCount()) &&
               !deadline.hasExpired()) {
            replayed.apply(s.drain());
            std::this_thread::yield();
        }
        replayed.apply(s.drain());
        QCOMPARE(structure(replayed), structure(rec.sceneAt(step)));
        ++checked;
    }
    QVERIFY(checked >= 3);
}

void TestRecording::replayRepeatsTheRunAfterTheStep()
{
    // Three threads on one lock, the teacher's grants a seeded choice: two of them wait in line
    // at once, so the lock's hand-off order matters. Replaying from step k (the grants before it,
    // then the original's grants after it, one at a time) repeats every event after k: the same
    // kinds, workers, objects and values in the same order — the lock goes to the same worker.
    constexpr int Threads = 3;
    constexpr int Rounds = 4;
    Recording rec;
    std::vector<int> granted;
    {
        Race race(Threads, Rounds, true);
        Stage &s = race.stage;
        s.setPacing(Pacing::Scheduler);
        rec = Recording(s.info());
        s.start();
        // T1 takes the lock (acquire, then read), T2 and T3 queue behind it; then at random.
        const std::vector<int> opening{0, 0, 1, 2};
        std::mt19937 rng(20261127);
        for (int g = 0; g < 1000 && !s.isFinished(); ++g) {
            QVERIFY(settle(s));
            rec.append(s.drain());
            std::vector<int> ready = s.readyWorkers();
            if (ready.empty())
                break;
            // By id, not arrival order: the first arrivals park in the order the OS runs them.
            std::sort(ready.begin(), ready.end());
            int pick = ready[rng() % ready.size()];
            if (std::size_t(g) < opening.size())
                pick = opening[std::size_t(g)];
            QVERIFY(s.grant(pick));
        }
        s.wait();
        rec.append(s.drain());
        granted = s.grants();
    }
    QVERIFY(!rec.truncated());
    QVERIFY(rec.sceneAt(rec.steps()).finished());
    QCOMPARE(rec.grantsBefore(rec.steps()), granted);
    QCOMPARE(rec.sceneAt(rec.steps()).shared().front().value, std::int64_t(Threads * Rounds));
    // Two waiting in line at once, more than once; and the lock changed hands while they did.
    int queued = 0;
    for (std::size_t k = 0; k <= rec.steps(); ++k)
        queued += rec.sceneAt(k).locks().front().waiters.size() >= 2 ? 1 : 0;
    QVERIFY2(queued >= 2, qPrintable(QString::number(queued)));
    QVERIFY(rec.sceneAt(rec.steps()).handoffs().size() >= 3);

    // Steps past the first arrivals that begin at a grant: the first, a few in the middle (some
    // with two in line), and the last.
    std::vector<std::size_t> from;
    for (std::size_t k = Threads; k < rec.steps(); ++k)
        if (rec.events()[rec.cut(k)].kind == EventKind::Grant &&
            (from.empty() || k == rec.steps() - 1 || k % 7 == 0 ||
             (rec.sceneAt(k).locks().front().waiters.size() >= 2 && k % 2 == 0)))
            from.push_back(k);
    QVERIFY2(from.size() >= 5, qPrintable(QString::number(from.size())));
    for (std::size_t k : from) {
        const std::vector<int> before = rec.grantsBefore(k);
        Race again(Threads, Rounds, true);
        Stage &s = again.stage;
        s.setPacing(Pacing::Scheduler);
        Recording replay(s.info());
        for (int g : before)
            s.grant(g);
        s.start();
        QVERIFY(settle(s));
        QTRY_VERIFY_WITH_TIMEOUT((s.isSettled() && s.grants().size() == before.size()), 2000);
        replay.append(s.drain());
        QCOMPARE(replay.steps(), k);
        QCOMPARE(structure(replay.sceneAt(k)), structure(rec.sceneAt(k)));
        for (std::size_t g = before.size(); g < granted.size(); ++g) {
            QVERIFY2(grantSettled(s, granted[g]),
                     qPrintable(QStringLiteral("from step %1: grant %2 (T%3) refused")
                                    .arg(k)
                                    .arg(g)
                                    .arg(granted[g] + 1)));
            replay.append(s.drain());
        }
        s.wait();
        replay.append(s.drain());
        QCOMPARE(s.grants(), granted);
        QCOMPARE(replay.steps(), rec.steps());
        const QStringList expected = eventsFrom(rec, k);
        const QStringList got = eventsFrom(replay, k);
        for (qsizetype i = 0; i < std::min(expected.size(), got.size()); ++i)
            QVERIFY2(got[i] == expected[i],
                     qPrintable(QStringLiteral("from step %1, event %2 after it: %3, not %4")
                                    .arg(k)
                                    .arg(i)
                                    .arg(got[i], expected[i])));
        QCOMPARE(got.size(), expected.size());
    }
}

void TestRecording::fullSpeedStepsAreNotReplayable()
{
    Race race(2, 50, false);
    Stage &s = race.stage;
    s.setPacing(Pacing::FullSpeed);
    s.setSampleShift(0); // every step recorded
    Recording rec(s.info());
    s.start();
    s.wait();
    rec.append(s.drain());
    QVERIFY(rec.steps() >= 2 * 50 * 3);
    QVERIFY(rec.replayable(1)); // a first arrival needs no grant
    QVERIFY(!rec.replayable(rec.steps()));
    QVERIFY(rec.grantsBefore(rec.steps()).empty());
    QVERIFY(rec.sceneAt(rec.steps()) == Scene::foldPrefix(s.info(), rec.events(), SIZE_MAX));
}

QTEST_GUILESS_MAIN(TestRecording)
#include "tst_recording.moc"
