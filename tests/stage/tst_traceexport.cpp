#include "stage/stage.h"
#include "stage/stagemutex.h"
#include "stage/traceexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QTest>

using namespace stage;

namespace {

Event ev(std::int64_t tNs, EventKind kind, int worker, int step = -1, int object = -1,
         std::int64_t count = 0)
{
    Event e;
    e.objectKind = kind == EventKind::Set ? ObjectKind::Shared
                   : kind == EventKind::Acquired || kind == EventKind::Released ||
                           kind == EventKind::Block
                       ? ObjectKind::Lock
                       : ObjectKind::None;
    e.tNs = tNs;
    e.kind = kind;
    e.worker = worker;
    e.step = step;
    e.object = object;
    e.count = count;
    return e;
}

QJsonArray parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "JSON error:" << error.errorString() << "at" << error.offset;
    if (!doc.isObject())
        return {};
    const QJsonObject root = doc.object();
    if (root.value("displayTimeUnit").toString() != "ms")
        return {};
    return root.value("traceEvents").toArray();
}

/// The structural rules every export must keep, so Perfetto draws one sane track per worker.
void checkWellFormed(const QJsonArray &trace, const StageInfo &info)
{
    QVERIFY(!trace.isEmpty());
    QMap<int, int> threadNames;
    QMap<int, double> lastTs;
    for (const QJsonValue &v : trace) {
        const QJsonObject o = v.toObject();
        const QString ph = o.value("ph").toString();
        QVERIFY2(!ph.isEmpty(), "every event has a phase");
        QCOMPARE(o.value("pid").toInt(), 1);
        if (ph == "M") {
            if (o.value("name").toString() == "thread_name") {
                const int tid = o.value("tid").toInt();
                ++threadNames[tid];
                QVERIFY(tid >= 1 && tid <= info.workers.size());
                QCOMPARE(o.value("args").toObject().value("name").toString(),
                         info.workers[tid - 1]);
            }
            continue;
        }
        const int tid = o.value("tid").toInt(-1);
        QVERIFY2(tid >= 1 && tid <= info.workers.size(),
                 qPrintable(QString("unknown tid %1 in %2")
                                .arg(tid)
                                .arg(QString::fromUtf8(QJsonDocument(o).toJson()))));
        QVERIFY(o.value("ts").isDouble());
        const double ts = o.value("ts").toDouble();
        QVERIFY(ts >= 0);
        QVERIFY2(ts >= lastTs.value(tid, 0.0), "timestamps are non-decreasing per track");
        lastTs[tid] = ts;
        if (ph == "X")
            QVERIFY(o.value("dur").toDouble(-1) >= 0);
    }
    QCOMPARE(threadNames.size(), info.workers.size());
    for (auto it = threadNames.cbegin(); it != threadNames.cend(); ++it)
        QCOMPARE(it.value(), 1);
}

QList<QJsonObject> withPhase(const QJsonArray &trace, const QString &ph)
{
    QList<QJsonObject> out;
    for (const QJsonValue &v : trace)
        if (v.toObject().value("ph").toString() == ph)
            out.append(v.toObject());
    return out;
}

} // namespace

class TestTraceExport : public QObject
{
    Q_OBJECT
private slots:
    void handBuiltRun();
    void emptyRun();
    void realTwoWorkerRun();
};

void TestTraceExport::handBuiltRun()
{
    StageInfo info;
    info.workers = {"T1", "T2"};
    info.locks = {"lock"};
    info.shared = {{"n", 0}};
    info.steps = {"read", "add", "write"};

    std::vector<Event> events;
    events.push_back(ev(0, EventKind::RunStarted, -1));
    events.push_back(ev(1000, EventKind::WorkerStarted, 0));
    events.push_back(ev(1500, EventKind::WorkerStarted, 1));
    events.push_back(ev(2000, EventKind::Acquired, 0, -1, 0));
    Event read = ev(3000, EventKind::Step, 0, 0, -1, 1);
    read.values[0] = {"tmp", 41};
    read.valueCount = 1;
    events.push_back(read);
    events.push_back(ev(3500, EventKind::Block, 1, -1, 0));
    events.push_back(ev(4000, EventKind::Set, 0, -1, 0, 42));
    events.push_back(ev(5000, EventKind::Released, 0, -1, 0));
    events.push_back(ev(6000, EventKind::Acquired, 1, -1, 0));
    events.push_back(ev(7000, EventKind::WorkerFinished, 0, -1, -1, 1));
    events.push_back(ev(8000, EventKind::Released, 1, -1, 0));
    events.push_back(ev(9000, EventKind::WorkerFinished, 1, -1, -1, 0));
    events.push_back(ev(9000, EventKind::RunFinished, -1));
    for (std::size_t i = 0; i < events.size(); ++i)
        events[i].seq = i;

    const QJsonArray trace = parse(toChromeTraceJson(info, events));
    checkWellFormed(trace, info);

    // T2 waited for the lock from 3.5 µs to 6 µs: a named blocked span of 2.5 µs.
    bool blocked = false;
    for (const QJsonObject &x : withPhase(trace, "X")) {
        if (x.value("name").toString() == "blocked on lock") {
            blocked = true;
            QCOMPARE(x.value("tid").toInt(), 2);
            QCOMPARE(x.value("ts").toDouble(), 3.5);
            QCOMPARE(x.value("dur").toDouble(), 2.5);
            QCOMPARE(x.value("args").toObject().value("lock").toString(), QString("lock"));
        }
    }
    QVERIFY(blocked);

    // The step is an instant named after the step, carrying its values.
    bool step = false;
    for (const QJsonObject &i : withPhase(trace, "i")) {
        if (i.value("name").toString() == "read") {
            step = true;
            QCOMPARE(i.value("tid").toInt(), 1);
            QCOMPARE(i.value("ts").toDouble(), 3.0);
            QCOMPARE(i.value("args").toObject().value("tmp").toInt(), 41);
        }
    }
    QVERIFY(step);

    // One hand-off T1 → T2, as a flow from T1's release to T2's acquisition.
    const auto starts = withPhase(trace, "s");
    const auto finishes = withPhase(trace, "f");
    QCOMPARE(starts.size(), 1);
    QCOMPARE(finishes.size(), 1);
    QCOMPARE(starts[0].value("tid").toInt(), 1);
    QCOMPARE(starts[0].value("ts").toDouble(), 5.0);
    QCOMPARE(finishes[0].value("tid").toInt(), 2);
    QCOMPARE(finishes[0].value("ts").toDouble(), 6.0);
    QCOMPARE(starts[0].value("id"), finishes[0].value("id"));

    // The shared variable became a counter track.
    const auto counters = withPhase(trace, "C");
    QCOMPARE(counters.size(), 1);
    QCOMPARE(counters[0].value("args").toObject().value("n").toInt(), 42);
}

void TestTraceExport::emptyRun()
{
    StageInfo info;
    const QJsonDocument doc = QJsonDocument::fromJson(toChromeTraceJson(info, {}));
    QVERIFY(doc.isObject());
    const QJsonArray trace = doc.object().value("traceEvents").toArray();
    QCOMPARE(trace.size(), 1); // only the process name
    QCOMPARE(trace[0].toObject().value("name").toString(), QString("process_name"));
}

void TestTraceExport::realTwoWorkerRun()
{
    Stage stage;
    const int n = stage.addShared("n");
    const int lockId = stage.addLock("lock");
    stage.setSteps({"read", "add", "write"});
    StageMutex mutex(stage, lockId);
    std::atomic<std::int64_t> counter{0};
    auto body = [&](Worker &w) {
        for (int i = 0; i < 20; ++i) {
            StageLockGuard guard(mutex, w);
            const std::int64_t tmp = counter.load(std::memory_order_relaxed);
            w.at(0, {{"tmp", tmp}});
            w.at(1, {{"tmp", tmp + 1}});
            counter.store(tmp + 1, std::memory_order_relaxed);
            w.wrote(n, tmp + 1);
            w.at(2, {{"tmp", tmp + 1}});
        }
    };
    stage.addWorker("T1", body);
    stage.addWorker("T2", body);
    stage.setBeat(std::chrono::microseconds(1));
    stage.start();
    stage.wait();
    const std::vector<Event> events = stage.drain();
    QCOMPARE(counter.load(), 40);

    const StageInfo info = stage.info();
    const QJsonArray trace = parse(toChromeTraceJson(info, events));
    checkWellFormed(trace, info);

    // Both tracks have state spans and 60 named steps each.
    QMap<int, int> steps;
    QSet<int> spanTracks;
    for (const QJsonObject &x : withPhase(trace, "X"))
        spanTracks.insert(x.value("tid").toInt());
    for (const QJsonObject &i : withPhase(trace, "i"))
        if (i.value("cat").toString() == "step")
            ++steps[i.value("tid").toInt()];
    QCOMPARE(spanTracks, (QSet<int>{1, 2}));
    QCOMPARE(steps.value(1), 60);
    QCOMPARE(steps.value(2), 60);
    // Every flow that starts also ends.
    QCOMPARE(withPhase(trace, "s").size(), withPhase(trace, "f").size());
}

QTEST_GUILESS_MAIN(TestTraceExport)
#include "tst_traceexport.moc"
