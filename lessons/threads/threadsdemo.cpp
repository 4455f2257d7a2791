#include "threadsdemo.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <unistd.h>

namespace threads {

using stage::Value;

namespace {

std::int64_t nowNs()
{
    return std::chrono::steady_clock::now().time_since_epoch().count();
}

/// The object-oriented style: parameters through the constructor, the work in run().
class ShowThread final : public Thread
{
public:
    ShowThread(stage::Stage &stage, std::int64_t n, std::int64_t sleepMs, const QString &name)
        : Thread(stage, name), m_n(n), m_sleepMs(sleepMs)
    {}

protected:
    void run(stage::Worker &w) override { perform(w, m_n, m_sleepMs); }

private:
    std::int64_t m_n;
    std::int64_t m_sleepMs;
};

} // namespace

QStringList ThreadsDemo::stepNames()
{
    return {QStringLiteral("create"), QStringLiteral("start"), QStringLiteral("begin"),
            QStringLiteral("work"),   QStringLiteral("join"),  QStringLiteral("end")};
}

QString ThreadsDemo::threadName(int k)
{
    return QStringLiteral("%1-%2")
        .arg(k % 2 == 0 ? QLatin1String("sing") : QLatin1String("dance"))
        .arg(k + 1);
}

ThreadsDemo::ThreadsDemo(const ThreadsOptions &options)
    : m_options(options), m_stage(std::make_unique<stage::Stage>())
{
    m_stage->setSteps(stepNames());
    m_stage->setSampleShift(0); // every thread's name and TID reach the Scene
    m_stage->addWorker(QStringLiteral("MainThread"), [this](stage::Worker &w) { mainBody(w); });
    m_stage->setOnFinished([this] { m_t1Ns.store(nowNs()); });
}

ThreadsDemo::~ThreadsDemo()
{
    m_stage->stop(); // every thread joined before the Thread objects go
}

void ThreadsDemo::start()
{
    m_t0Ns.store(nowNs());
    m_stage->start();
}

// @listing-begin
void perform(stage::Worker &w, std::int64_t n, std::int64_t sleepMs)
{
    const char *name = stage::intern(Thread::currentName().toStdString()); // current_thread().name
    const qint64 tid = Thread::currentTid();
    w.at(int(Step::Begin), {{"tid", tid}, Value::str("name", name)});
    for (std::int64_t i = 0; i < n; ++i) {
        w.at(int(Step::Work), {{"i", i}}); // print(name, …, i): tid and name stay shown
        if (sleepMs > 0)
            w.sleep(std::chrono::milliseconds(sleepMs)); // time.sleep(): interruptible
    }
}

void ThreadsDemo::mainBody(stage::Worker &w)
{
    pthread_setname_np(pthread_self(), "MainThread");
    const qint64 tid = Thread::currentTid();
    for (int k = 0; k < m_options.count; ++k) {
        w.at(int(Step::Create), {{"k", k}, {"tid", tid}});
        if (m_options.style == Style::Procedural) // Thread(target=…, args=(n,), name=…)
            m_threads.push_back(std::make_unique<Thread>(
                *m_stage,
                [](stage::Worker &tw, const std::vector<std::int64_t> &args) {
                    perform(tw, args[0], args[1]);
                },
                std::vector<std::int64_t>{m_options.rounds, m_options.sleepMs}, threadName(k)));
        else // class ShowThread(Thread): def run(self): …
            m_threads.push_back(std::make_unique<ShowThread>(*m_stage, m_options.rounds,
                                                             m_options.sleepMs, threadName(k)));
        w.at(int(Step::Start), {{"k", k}, {"tid", tid}});
        if (!m_threads.back()->start()) // t.start()
            throw stage::Stopped{};
    }
    if (m_options.join)
        for (int k = 0; k < m_options.count; ++k) {
            w.at(int(Step::Join), {{"k", k}, {"tid", tid}});
            m_threads[std::size_t(k)]->join(w); // t.join(): main waits here
        }
    w.at(int(Step::End), {{"k", m_options.count}, {"tid", tid}});
}
// @listing-end

ThreadsResult ThreadsDemo::result(const stage::Scene &scene) const
{
    ThreadsResult r;
    r.pid = qint64(::getpid());
    const std::int64_t t1 = m_t1Ns.load();
    r.elapsedMs = t1 > 0 ? double(t1 - m_t0Ns.load()) / 1e6 : 0;
    const auto &workers = scene.workers();
    for (std::size_t i = 0; i < workers.size(); ++i) {
        if (int(i) == MainId) {
            r.mainName = workers[i].name;
            continue;
        }
        ++r.threads;
        QString name;
        qint64 tid = 0;
        for (const stage::NamedValue &v : workers[i].locals) {
            if (v.name == QLatin1String("name"))
                name = v.text;
            else if (v.name == QLatin1String("tid"))
                tid = v.value;
        }
        r.names.append(name);
        r.tids.push_back(tid);
    }
    return r;
}

QString parseCount(const QString &value, int *count)
{
    bool ok = false;
    const qlonglong n = value.toLongLong(&ok);
    if (!ok || n < 1 || n > MaxThreads)
        return QCoreApplication::translate("Threads",
                                           "bad value '%1' for --count: expected a whole number "
                                           "from 1 to %2")
            .arg(value)
            .arg(MaxThreads);
    *count = int(n);
    return {};
}

ThreadsResult runThreads(const ThreadsOptions &options)
{
    ThreadsDemo demo(options);
    demo.stage().setPacing(stage::Pacing::FullSpeed);
    demo.start();
    demo.stage().wait();
    stage::Scene scene(demo.stage().info());
    scene.apply(demo.stage().drain());
    return demo.result(scene);
}

QList<QPair<QString, QVariant>> resultPairs(const ThreadsResult &result)
{
    QVariantList tids;
    for (qint64 t : result.tids)
        tids.append(t);
    return {{QStringLiteral("threads"), result.threads},
            {QStringLiteral("names"), result.names},
            {QStringLiteral("tids"), tids},
            {QStringLiteral("pid"), result.pid},
            {QStringLiteral("elapsed_ms"), result.elapsedMs}};
}

QString formatResult(const ThreadsResult &result, bool json)
{
    const auto pairs = resultPairs(result);
    if (json) {
        QJsonObject o;
        for (const auto &[key, value] : pairs)
            o.insert(key, QJsonValue::fromVariant(value));
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) + u'\n';
    }
    QString out;
    for (const auto &[key, value] : pairs) {
        QString text;
        if (value.typeId() == QMetaType::Double)
            text = QString::number(value.toDouble(), 'f', 3);
        else if (value.canConvert<QStringList>() && value.typeId() != QMetaType::QString &&
                 value.typeId() != QMetaType::Int && value.typeId() != QMetaType::LongLong)
            text = value.toStringList().join(QLatin1Char(' '));
        else
            text = value.toString();
        out += key + QLatin1String(": ") + text + u'\n';
    }
    return out;
}

} // namespace threads
