#pragma once

#include <QJsonObject>
#include <QString>

namespace bench {

/// The process pool's figures: starting one process vs one thread (to its first step), the copy
/// of 100 files × 1 MiB by 5 worker processes and by 5 threads against `cp -r` and the notes'
/// Python `multiprocessing.Pool(5)` (when python3 is there), and the sweep N = 1 … 100 for both
/// kinds over the lesson's generated folder. Every copy is checked file by file. The copy is
/// also timed as the user meets it: the whole `@p app --run pool-copy` command, a new process
/// each time, against `cp -r` of the same folder in the same run.
QJsonObject poolFigures(const QString &app, int samples);

} // namespace bench
