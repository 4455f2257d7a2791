#pragma once

#include "stage/childruntime.h"
#include "stage/scene.h"
#include "stage/stage.h"

#include <QStringList>
#include <memory>
#include <vector>

namespace processes {

/// The visible steps, in the order the parent and its children meet them.
enum class Step : int {
    Start = 0,  ///< parent: `p.start()`
    Join = 1,   ///< parent: `p.join()`
    Report = 2, ///< parent: `print(g, local)` after every child ended
    Run = 3,    ///< child: enters `task(n)` / `MyProcess.run()`
    Change = 4, ///< child: `g += n; local += n` (its own copies)
    Work = 5,   ///< child: one round of its work
    Done = 6,   ///< child: `print(g, local)` and return
};

/// How the children are written: the notes' two ways.
enum class Style {
    Function, ///< `p = Process(target=task, args=(n,))`
    Subclass, ///< `class MyProcess(Process): def run(self)`, parameters through the constructor
};

/// Most children one run may start.
constexpr int MaxChildren = 16;
/// The parent's global `g` and local `local` before any child runs (and after: never shared).
constexpr int InitialGlobal = 100;
/// See InitialGlobal.
constexpr int InitialLocal = 10;
/// Rounds of work each child does after changing its copies (so there is time to kill one).
constexpr int WorkRounds = 3;

/// The knobs of one run.
struct Options
{
    int children = 3;              ///< 1 … MaxChildren
    Style style = Style::Function; ///< which of the notes' two ways
};

/// One child as the parent saw it end.
struct ChildReport
{
    qint64 pid = 0;        ///< its real PID
    qint64 ppid = 0;       ///< its parent's PID (this process)
    QString program;       ///< the executable it ran (the course's worker executable)
    int g = 0;             ///< its copy of the global after its change
    int local = 0;         ///< its copy of the local after its change
    int exitCode = -1;     ///< 0 when it returned normally
    int signal = 0;        ///< 9 when killed by `kill -9`
    bool finished = false; ///< ended normally
};

/// What a finished run shows: each child's copies, and the parent's untouched ones.
struct Result
{
    qint64 pid = 0; ///< the parent's PID
    int g = 0;      ///< the parent's global after every child ended
    int local = 0;  ///< the parent's local after every child ended
    std::vector<ChildReport> children;
    double elapsedMs = 0;
};

/// The global `g` of this process: each process has its own (进程之间不共享全局变量).
int &globalG();

/// The processes lesson's engine: a parent lane (a thread of this process) starts N children —
/// real processes, the course's worker executable — as `Process(target, args)` or as a
/// `MyProcess` subclass, then joins them one by one. Each child changes its own copies of the
/// global and a local and reports them; the parent's stay as they were.
class ProcessesDemo
{
public:
    /// Sets the stage up for @p options; children start when the parent lane reaches p.start().
    explicit ProcessesDemo(const Options &options, const QString &program = {});
    /// Stops: kills and reaps every child.
    ~ProcessesDemo();

    /// The stage (pacing, grants, trace, kill).
    stage::Stage &stage() { return *m_stage; }
    /// The knobs of this run.
    const Options &options() const { return m_options; }
    /// Starts the parent lane.
    void start();
    /// The stage worker id of child @p i (0-based), or -1 while it is not started yet.
    int childWorker(int i) const;
    /// Sends SIGKILL to child @p i, as `kill -9 <pid>`; false if it is not running.
    bool killChild(int i);

    /// Worker id of the parent's lane.
    static constexpr int ParentWorker = 0;
    /// Step names by id (match the `@step` markers of the listings).
    static QStringList stepNames();
    /// The result folded from @p scene (a finished run: values the children reported).
    static Result resultOf(const stage::Scene &scene);

private:
    void parentBody(stage::Worker &w);

    Options m_options;
    QString m_program;
    std::unique_ptr<stage::Stage> m_stage;
    std::vector<std::atomic<int>> m_childIds;
};

/// The bodies a child process of this lesson runs (`--worker NAME …`), by name.
stage::ChildRuntime::Bodies childBodies();

/// Runs the lesson headless at full speed and waits (the `--run processes` command).
Result runProcesses(const Options &options);

} // namespace processes
