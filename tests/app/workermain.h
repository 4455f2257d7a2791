#pragma once

#include "course/courseworkers.h"
#include "stage/childruntime.h"

#include <QStringList>
#include <QTest>

namespace testing {

/// When this test executable was started as a lesson's child process (`--worker NAME …`, as a
/// lesson started it with its own path), runs that worker body as the app would and returns its
/// exit code; otherwise -1. The shared app tests walk every lesson, and a lesson whose children
/// are real processes starts this executable again.
inline int runWorkerIfAsked(int argc, char **argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    if (!stage::ChildRuntime::isWorkerMode(args))
        return -1;
    return stage::ChildRuntime::run(args, course::workerBodies());
}

} // namespace testing

/// QTEST_MAIN that also serves the course's child processes (see testing::runWorkerIfAsked).
#define CC_APP_TEST_MAIN(TestObject)                                                               \
    QTEST_MAIN_WRAPPER(TestObject,                                                                 \
                       if (const int workerExit = testing::runWorkerIfAsked(argc, argv);           \
                           workerExit >= 0) return workerExit;                                     \
                       QTEST_MAIN_SETUP())
