#include "locks/locksdemo.h"
#include "locks/racelog.h"

#include <QtTest>

using namespace locks;
using stage::Event;
using stage::EventKind;
using stage::ObjectKind;
using stage::Pacing;
using Op = LogEntry::Op;

namespace {

RaceOptions opts(int threads, std::int64_t iterations, bool lock)
{
    RaceOptions o;
    o.threads = threads;
    o.iterations = iterations;
    o.lock = lock;
    return o;
}

/// Runs @p grants in scheduler mode, lets the rest run by itself, and returns every event.
std::vector<Event> runGrants(const RaceOptions &o, const std::vector<int> &grants)
{
    LocksDemo demo(o);
    demo.stage().setPacing(Pacing::Scheduler);
    demo.start();
    for (int g : grants)
        demo.stage().grant(g);
    demo.stage().setBeat(std::chrono::microseconds(0));
    demo.stage().setPacing(Pacing::Run); // the grants queued so far go first
    std::vector<Event> events;
    const auto drained = [&] {
        for (const Event &e : demo.stage().drain())
            events.push_back(e);
        return demo.stage().isFinished();
    };
    if (!QTest::qWaitFor(drained, 5000))
        return {};
    demo.stage().wait();
    for (const Event &e : demo.stage().drain())
        events.push_back(e);
    return events;
}

// Synthetic events, in the order the stage records them.
struct Script
{
    std::vector<Event> events;
    std::vector<std::int64_t> steps = std::vector<std::int64_t>(4, 0);

    void step(int w, Step s, std::int64_t tmp = -1)
    {
        Event e;
        e.seq = events.size();
        e.tNs = std::int64_t(events.size()) * 1000;
        e.kind = EventKind::Step;
        e.worker = w;
        e.step = int(s);
        e.count = ++steps[std::size_t(w)];
        if (tmp >= 0) {
            e.values[0] = {"tmp", tmp};
            e.valueCount = 1;
        }
        events.push_back(e);
    }
    void write(int w, std::int64_t v)
    {
        Event e;
        e.seq = events.size();
        e.tNs = std::int64_t(events.size()) * 1000;
        e.kind = EventKind::Set;
        e.worker = w;
        e.objectKind = ObjectKind::Shared;
        e.object = LocksDemo::CounterId;
        e.count = v;
        events.push_back(e);
    }
    /// One whole unlocked increment by @p w that read @p read.
    void increment(int w, std::int64_t read)
    {
        step(w, Step::Read);
        step(w, Step::Add, read);
        step(w, Step::Write, read + 1);
        write(w, read + 1);
    }
};

} // namespace

class TestRaceLog : public QObject
{
    Q_OBJECT
private slots:
    void namesTheOverwriteOfARealLostUpdate();
    void lockedRunOverwritesNothing();
    void countsEveryUpdateALateWriteWipesOut();
    void stopsJudgingOnceOnlySamplesAreRecorded();
    void prefixFoldIsTheLogAsItWasThen();
    void entriesAddUpToTheRunsLoss();
};

void TestRaceLog::namesTheOverwriteOfARealLostUpdate()
{
    // T1 read, T2 read, T1 add, T2 add, T1 write, T2 write: the classic lost update.
    const std::vector<Event> events = runGrants(opts(2, 1, false), {0, 1, 0, 1, 0, 1});
    QVERIFY(!events.empty());
    RaceLog log({QStringLiteral("T1"), QStringLiteral("T2")});
    log.apply(events);
    QCOMPARE(log.sampled(), false);
    const std::vector<LogEntry> &e = log.entries();
    QCOMPARE(int(e.size()), 6);
    const std::pair<int, Op> expected[] = {{0, Op::Read}, {1, Op::Read},  {0, Op::Add},
                                           {1, Op::Add},  {0, Op::Write}, {1, Op::Write}};
    for (std::size_t i = 0; i < e.size(); ++i) {
        QCOMPARE(e[i].number, int(i) + 1);
        QCOMPARE(e[i].worker, expected[i].first);
        QCOMPARE(e[i].op, expected[i].second);
    }
    QCOMPARE(e[0].value, 0); // both read 0
    QCOMPARE(e[1].value, 0);
    QCOMPARE(e[2].value, 1); // both computed 1
    QCOMPARE(e[4].overwritten, -1);
    QCOMPARE(e[4].lost, 0);
    QCOMPARE(e[5].value, 1);
    QCOMPARE(e[5].overwritten, 0);
    QCOMPARE(e[5].before, 1);
    QCOMPARE(e[5].lost, 1);
    QVERIFY2(log.text(e[5]).startsWith(QStringLiteral("#6 T2 write n ← 1 — overwrote T1's 1")),
             qPrintable(log.text(e[5])));
    QCOMPARE(log.text(e[0]), QStringLiteral("#1 T1 read n → 0"));
    QCOMPARE(log.lastOf(0)->op, Op::Write);
    QCOMPARE(RaceLog::shortText(*log.lastOf(1)), QStringLiteral("write n ← 1"));
}

void TestRaceLog::lockedRunOverwritesNothing()
{
    // Granting in turn with the lock on: T2's grants inside T1's section are refused.
    const std::vector<Event> events = runGrants(opts(2, 2, true), {0, 1, 0, 1, 0, 1, 0, 1});
    QVERIFY(!events.empty());
    RaceLog log;
    log.apply(events);
    int writes = 0, acquires = 0, releases = 0;
    for (const LogEntry &e : log.entries()) {
        QCOMPARE(e.lost, 0);
        QCOMPARE(e.overwritten, -1);
        writes += e.op == Op::Write ? 1 : 0;
        acquires += e.op == Op::Acquire ? 1 : 0;
        releases += e.op == Op::Release ? 1 : 0;
    }
    QCOMPARE(writes, 4);
    QCOMPARE(acquires, 4);
    QCOMPARE(releases, 4);
    QVERIFY(log.text(log.entries().front()).startsWith(QStringLiteral("#1 T1 acquire")));
}

void TestRaceLog::countsEveryUpdateALateWriteWipesOut()
{
    Script s;
    s.step(0, Step::Read);
    s.step(0, Step::Add, 0); // T1 reads 0 …
    s.increment(1, 0);       // … T2 does three increments …
    s.increment(1, 1);
    s.increment(1, 2);
    s.step(0, Step::Write, 1);
    s.write(0, 1); // … and T1 writes 1 over T2's 3
    RaceLog log;
    log.apply(s.events);
    const LogEntry &last = log.entries().back();
    QCOMPARE(last.op, Op::Write);
    QCOMPARE(last.worker, 0);
    QCOMPARE(last.overwritten, 1);
    QCOMPARE(last.before, 3);
    QCOMPARE(last.lost, 3);
    int marked = 0;
    for (const LogEntry &e : log.entries())
        marked += e.lost > 0 ? 1 : 0;
    QCOMPARE(marked, 1);
}

void TestRaceLog::stopsJudgingOnceOnlySamplesAreRecorded()
{
    Script s;
    s.step(0, Step::Read);
    s.step(0, Step::Add, 0);
    s.step(1, Step::Read);
    s.step(1, Step::Add, 0); // both read 0
    s.step(0, Step::Write, 1);
    s.write(0, 1);
    s.step(1, Step::Write, 1);
    s.write(1, 1); // a real overwrite, judged
    RaceLog log;
    log.apply(s.events);
    QVERIFY(!log.sampled());
    QCOMPARE(log.entries().back().lost, 1);
    const int judged = log.total();
    s.steps[0] += 4095; // full speed: T1's next recorded step is 4096 later
    s.increment(0, 0);  // would look like an overwrite of T2's 1
    log.apply(std::vector<Event>(s.events.begin() + 8, s.events.end()));
    QVERIFY(log.sampled());
    QCOMPARE(log.total(), judged); // nothing more is told once the steps are only samples
}

void TestRaceLog::prefixFoldIsTheLogAsItWasThen()
{
    const std::vector<Event> events = runGrants(opts(2, 2, false), {0, 1, 0, 1, 0, 1, 1, 0, 1, 0});
    QVERIFY(!events.empty());
    RaceLog live;
    for (std::size_t n = 0; n <= events.size(); ++n) {
        const RaceLog folded = RaceLog::foldPrefix({}, events, n);
        QCOMPARE(folded.total(), live.total());
        for (std::size_t i = 0; i < live.entries().size(); ++i)
            QCOMPARE(folded.text(folded.entries()[i]), live.text(live.entries()[i]));
        if (n < events.size())
            live.apply(events[n]);
    }
}

void TestRaceLog::entriesAddUpToTheRunsLoss()
{
    // T1 reads 0; T2 writes 1 and 2 and reads 2; T1 writes 1 (wipes two updates); T2, from its
    // read of 2, writes 3: one of the two comes back. Per-write losses must add up to the run's.
    const std::vector<int> grants = {0, 1, 1, 1, 1, 1, 1, 1, 0, 0, 1, 1};
    const std::vector<Event> events = runGrants(opts(2, 3, false), grants);
    QVERIFY(!events.empty());
    RaceLog log({QStringLiteral("T1"), QStringLiteral("T2")});
    log.apply(events);
    const std::vector<LogEntry> &e = log.entries();
    QVERIFY(e.size() >= grants.size());
    QCOMPARE(e[9].op, Op::Write);
    QCOMPARE(e[9].worker, 0);
    QCOMPARE(e[9].value, 1);
    QCOMPARE(e[9].lost, 2);
    QCOMPARE(e[11].op, Op::Write);
    QCOMPARE(e[11].worker, 1);
    QCOMPARE(e[11].value, 3);
    QCOMPARE(e[11].lost, -1);
    QVERIFY2(log.text(e[11]).contains(QStringLiteral("bringing 1 lost update")),
             qPrintable(log.text(e[11])));
    std::int64_t sum = 0, last = -1;
    for (const LogEntry &x : e) {
        sum += x.lost;
        if (x.op == Op::Write)
            last = x.value;
    }
    QCOMPARE(sum, 6 - last);
}

QTEST_GUILESS_MAIN(TestRaceLog)
#include "tst_racelog.moc"
