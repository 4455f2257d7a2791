// concurrency-classroom-worker: what a lesson's child process runs (`--worker <lesson>.<name> …`).
// It links Qt Core, the stage and the lesson engines only, so a child is ready in a few
// milliseconds; the app, linked against Widgets and Charts, spends most of its start-up in the
// dynamic loader.
#include "course/courseworkers.h"

#include <QStringList>
#include <cstdio>

int main(int argc, char **argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    if (!stage::ChildRuntime::isWorkerMode(args)) {
        std::fputs("concurrency-classroom-worker: runs a lesson's child process and is started by "
                   "concurrency-classroom; usage: --worker NAME [ARGS...]\n",
                   stderr);
        return 2;
    }
    return stage::ChildRuntime::run(args, course::workerBodies());
}
