#pragma once

#include "stage/childruntime.h"

namespace course {

/// Every body a child process of the course runs (`--worker <lesson>.<name> …`), from the lessons
/// that declare WORKERS: what the worker executable and the app's own worker mode serve.
stage::ChildRuntime::Bodies workerBodies();

} // namespace course
