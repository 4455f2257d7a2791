#include "processesdemo.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <unistd.h>

namespace processes {

namespace {

using stage::Worker;

// @listing-begin cpp
int g = InitialGlobal; // the global: every process has its own copy

/// The notes' first way: `Process(target=task, args=(n,))` runs this function in the child.
void task(Worker &w, int n)
{
    int local = InitialLocal; // a local of the child's own stack
    w.at(int(Step::Run), {{"n", n}, {"g", g}, {"local", local}}); // @step run
    g += n;                                                       // changes this process's g only
    local += n;
    w.at(int(Step::Change), {{"n", n}, {"g", g}, {"local", local}}); // @step change
    for (int i = 0; i < WorkRounds; ++i)
        w.at(int(Step::Work), {{"i", i}, {"g", g}, {"local", local}}); // @step work
    w.at(int(Step::Done), {{"g", g}, {"local", local}}); // print(g, local) // @step done
    w.finish({{"g", g}, {"local", local}});
}

/// The base of the notes' second way: a process that runs its run().
class Process
{
public:
    explicit Process(Worker &w) : m_worker(w) {}
    virtual ~Process() = default;
    /// What the child does; the subclass says.
    virtual void run() = 0;

protected:
    Worker &m_worker;
};

/// `class MyProcess(Process)`: the parameter comes through the constructor, which calls the
/// parent class's constructor by hand (the notes' remark).
class MyProcess : public Process
{
public:
    MyProcess(Worker &w, int n) : Process(w), m_n(n) {}
    void run() override { task(m_worker, m_n); }

private:
    int m_n;
};

} // namespace

/// The parent: starts every child (the course's worker executable), then joins each.
void ProcessesDemo::parentBody(Worker &w)
{
    int local = InitialLocal; // the parent's local: no child can reach it
    const QString body = m_options.style == Style::Function ? QStringLiteral("processes.task")
                                                            : QStringLiteral("processes.myprocess");
    for (int i = 0; i < m_options.children; ++i) {
        w.at(int(Step::Start), {{"i", i}, {"g", g}, {"local", local}}); // @step start
        const stage::ProcessSpec spec{
            m_program, {QStringLiteral("--worker"), body, QString::number(i + 1)}}; // p.start()
        m_childIds[std::size_t(i)].store(
            m_stage->addProcess(QStringLiteral("P%1").arg(i + 1), spec));
    }
    for (int i = 0; i < m_options.children; ++i) {
        w.at(int(Step::Join), {{"i", i}, {"g", g}, {"local", local}}); // @step join
        m_stage->join(w, m_childIds[std::size_t(i)].load()); // p.join(): waits until it ends
    }
    w.at(int(Step::Report), {{"g", g}, {"local", local}}); // still 100, 10 // @step report
    w.finish({{"g", g}, {"local", local}});
}
// @listing-end

namespace {

/// The child's argument n, or exits 2 naming the bad value.
int argumentN(const char *body)
{
    const QStringList args = stage::ChildRuntime::arguments();
    bool ok = false;
    const int n = args.value(0).toInt(&ok);
    if (args.size() != 1 || !ok || n < 1 || n > MaxChildren) {
        std::fprintf(stderr,
                     "--worker %s: bad argument '%s': expected one whole number n from 1 to %d\n",
                     body, qPrintable(args.join(QLatin1Char(' '))), MaxChildren);
        std::fflush(stderr);
        std::_Exit(2);
    }
    return n;
}

std::int64_t valueOf(const std::vector<stage::NamedValue> &values, const char *name,
                     std::int64_t fallback)
{
    for (const stage::NamedValue &v : values)
        if (v.name == QLatin1String(name) && !v.isText)
            return v.value;
    return fallback;
}

} // namespace

int &globalG()
{
    return g;
}

stage::ChildRuntime::Bodies childBodies()
{
    return {
        {QStringLiteral("processes.task"), [](Worker &w) { task(w, argumentN("processes.task")); }},
        {QStringLiteral("processes.myprocess"),
         [](Worker &w) {
             MyProcess p(w, argumentN("processes.myprocess"));
             p.run();
         }},
    };
}

ProcessesDemo::ProcessesDemo(const Options &options, const QString &program)
    : m_options(options), m_program(program), m_stage(std::make_unique<stage::Stage>()),
      m_childIds(std::size_t(std::clamp(options.children, 1, MaxChildren)))
{
    m_options.children = int(m_childIds.size());
    for (auto &id : m_childIds)
        id.store(-1);
    m_stage->setSteps(stepNames());
    m_stage->setSampleShift(0); // a handful of steps: keep them all, their values are the lesson
    m_stage->addWorker(QStringLiteral("main"), [this](Worker &w) { parentBody(w); });
}

ProcessesDemo::~ProcessesDemo()
{
    m_stage->stop();
}

void ProcessesDemo::start()
{
    m_stage->start();
}

int ProcessesDemo::childWorker(int i) const
{
    return i >= 0 && i < int(m_childIds.size()) ? m_childIds[std::size_t(i)].load() : -1;
}

bool ProcessesDemo::killChild(int i)
{
    const int id = childWorker(i);
    return id >= 0 && m_stage->kill(id, SIGKILL);
}

QStringList ProcessesDemo::stepNames()
{
    return {QStringLiteral("start"), QStringLiteral("join"),   QStringLiteral("report"),
            QStringLiteral("run"),   QStringLiteral("change"), QStringLiteral("work"),
            QStringLiteral("done")};
}

Result ProcessesDemo::resultOf(const stage::Scene &scene)
{
    Result r;
    const auto &workers = scene.workers();
    if (workers.empty())
        return r;
    r.pid = ::getpid(); // the parent lane is a thread of this process
    r.g = int(valueOf(workers[0].locals, "g", 0));
    r.local = int(valueOf(workers[0].locals, "local", 0));
    for (std::size_t i = 1; i < workers.size(); ++i) {
        const stage::WorkerView &c = workers[i];
        ChildReport cr;
        cr.pid = c.pid;
        cr.ppid = c.ppid;
        cr.program = c.program;
        cr.g = int(valueOf(c.locals, "g", 0));
        cr.local = int(valueOf(c.locals, "local", 0));
        cr.exitCode = c.exitCode;
        cr.signal = c.signal;
        cr.finished = c.state == stage::WorkerState::Finished;
        r.children.push_back(cr);
    }
    return r;
}

Result runProcesses(const Options &options)
{
    QElapsedTimer t;
    t.start();
    ProcessesDemo demo(options);
    demo.stage().setPacing(stage::Pacing::FullSpeed);
    std::vector<stage::Event> events;
    demo.start();
    demo.stage().wait();
    const auto rest = demo.stage().drain();
    stage::Scene scene(demo.stage().info());
    scene.apply(rest);
    Result r = ProcessesDemo::resultOf(scene);
    r.elapsedMs = double(t.nsecsElapsed()) / 1e6;
    return r;
}

} // namespace processes
