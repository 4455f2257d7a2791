#include "stage/scene.h"
#include "stage/stage.h"
#include "stage/trace.h"

#include <QtTest>
#include <random>

using namespace stage;

namespace {

constexpr int Workers = 3;
const char *const Functions[] = {"main", "work", "add_one", "helper"};

/// A frame as the reference model holds it: function index and its local `i`.
struct RefFrame
{
    int function;
    std::int64_t i;
};

Event pushEvent(int worker, int function, std::int64_t i)
{
    Event e;
    e.kind = EventKind::Push;
    e.worker = worker;
    e.valueCount = 2;
    e.values[0] = {"function", 0, Functions[function]};
    e.values[1] = {"i", i};
    return e;
}

Event workerEvent(EventKind kind, int worker)
{
    Event e;
    e.kind = kind;
    e.worker = worker;
    return e;
}

StageInfo info(int workers)
{
    StageInfo i;
    for (int w = 0; w < workers; ++w)
        i.workers.append(QStringLiteral("T%1").arg(w + 1));
    i.steps = {QStringLiteral("step")};
    return i;
}

/// True when @p scene's stacks are exactly @p ref (functions and locals, bottom first).
bool sameStacks(const Scene &scene, const std::vector<std::vector<RefFrame>> &ref, QString *why)
{
    for (std::size_t w = 0; w < ref.size(); ++w) {
        const auto &got = scene.workers()[w].stack;
        if (got.size() != ref[w].size()) {
            *why = QStringLiteral("worker %1: %2 frames, expected %3")
                       .arg(w)
                       .arg(got.size())
                       .arg(ref[w].size());
            return false;
        }
        for (std::size_t f = 0; f < got.size(); ++f) {
            const bool same = got[f].function == QLatin1String(Functions[ref[w][f].function]) &&
                              got[f].locals.size() == 1 && got[f].locals[0].value == ref[w][f].i;
            if (!same) {
                *why = QStringLiteral("worker %1 frame %2: %3").arg(w).arg(f).arg(got[f].function);
                return false;
            }
        }
    }
    return true;
}

} // namespace

class TestTrace : public QObject
{
    Q_OBJECT
private slots:
    void stackEventsPastTheBoundFoldToTheSameStacks();
    void millionsOfPushesAndPopsOnAStageStayBounded();
};

/// Millions of pushes and pops (pops of empty stacks too) past the bound, drained at odd
/// moments: every drain stays within the bound, comes in sequence order, and folds to exactly
/// the stacks a reference model holds at that moment.
void TestTrace::stackEventsPastTheBoundFoldToTheSameStacks()
{
    Trace trace;
    Scene scene(info(Workers));
    std::vector<std::vector<RefFrame>> ref(Workers);
    std::mt19937 rng(8);
    std::uint64_t lastSeq = 0;
    bool first = true;
    std::size_t structural = 0; // never-droppable events stored since the last drain
    std::size_t deepest = 0;

    auto drainAndCheck = [&] {
        const std::vector<Event> out = trace.drain();
        QVERIFY2(out.size() <= Trace::capacity() + structural + Workers * deepest,
                 qPrintable(QString::number(out.size())));
        for (const Event &e : out) {
            QVERIFY(first || e.seq > lastSeq);
            first = false;
            lastSeq = e.seq;
        }
        scene.apply(out);
        QString why;
        QVERIFY2(sameStacks(scene, ref, &why), qPrintable(why));
        QCOMPARE(trace.heldStackEvents(), std::size_t(0));
        structural = 0;
    };

    const std::int64_t total = 3'000'000;
    for (std::int64_t n = 0; n < total; ++n) {
        const int w = int(rng() % Workers);
        const unsigned r = rng() % 100;
        if (r < 20) { // a step: droppable
            Event e = workerEvent(EventKind::Step, w);
            e.step = 0;
            trace.append(e);
        } else if (r < 60 && ref[std::size_t(w)].size() < 6) {
            const int f = int(rng() % 4);
            trace.append(pushEvent(w, f, n));
            ref[std::size_t(w)].push_back({f, n});
            deepest = std::max(deepest, ref[std::size_t(w)].size());
        } else if (r < 99) {
            trace.append(workerEvent(EventKind::Pop, w)); // of an empty stack too
            if (!ref[std::size_t(w)].empty())
                ref[std::size_t(w)].pop_back();
        } else { // structural, never dropped: kept in order among the folded stack events
            trace.append(workerEvent(EventKind::WorkerStarted, w));
            ++structural;
        }
        if (n % 1'100'000 == 1'099'999) {
            QVERIFY(trace.heldStackEvents() <= Workers * deepest);
            drainAndCheck();
            if (QTest::currentTestFailed())
                return;
        }
    }
    QVERIFY(trace.dropped() > 2'000'000);
    drainAndCheck();
}

/// Four threads push and pop millions of frames at full speed with every step recorded and
/// nobody draining: the trace keeps no more than its bound, and each thread's stack folds to
/// the frames it really holds at the end.
void TestTrace::millionsOfPushesAndPopsOnAStageStayBounded()
{
    constexpr int Threads = 4;
    constexpr int Rounds = 300'000; // 4 × 300 000 × 4 pushes and pops, plus the steps
    Stage s;
    s.setSteps({QStringLiteral("step")});
    s.setPacing(Pacing::FullSpeed);
    s.setSampleShift(0); // every push, pop and step reaches the trace
    for (int t = 0; t < Threads; ++t)
        s.addWorker(QStringLiteral("T%1").arg(t + 1), [t](Worker &w) {
            w.push("main", {{"i", t}});
            for (int k = 0; k < Rounds; ++k) {
                w.push("work", {{"i", k}});
                w.push("add_one", {{"i", k}});
                w.pop();
                w.at(0, {{"k", k}});
                w.pop();
            }
            w.push("helper", {{"i", Rounds + t}});
        });
    s.start();
    s.wait();
    QVERIFY2(s.eventsRecorded() > std::uint64_t(Threads) * Rounds * 5,
             qPrintable(QString::number(s.eventsRecorded())));
    const std::vector<Event> kept = s.drain();
    QVERIFY2(kept.size() <= Trace::capacity() + 64, qPrintable(QString::number(kept.size())));
    QVERIFY(s.eventsDropped() > std::uint64_t(Threads) * Rounds * 4);
    Scene scene(s.info());
    scene.apply(kept);
    QVERIFY(scene.finished());
    std::vector<std::vector<RefFrame>> ref;
    for (int t = 0; t < Threads; ++t)
        ref.push_back({{0, t}, {3, Rounds + t}}); // main, then helper: every other frame popped
    QString why;
    QVERIFY2(sameStacks(scene, ref, &why), qPrintable(why));
}

QTEST_GUILESS_MAIN(TestTrace)
#include "tst_trace.moc"
