#pragma once

#include "pooldemo.h"

namespace pool {

/// The thread pool beside the process pool: QtConcurrent::map over a QThreadPool of
/// @p workers threads, one task per file, the same copy and verification. Qt Concurrent is not
/// ThreadSanitizer-clean on Debian's Qt, so this file stays out of the TSan build.
CopyResult runThreadCopy(const CopyPlan &plan, int workers, qint64 chunk);

} // namespace pool
