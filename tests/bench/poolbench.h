#pragma once

#include <QJsonObject>

namespace bench {

/// The process pool's figures: starting one process vs one thread (to its first step), the copy
/// of 100 files × 1 MiB by 5 worker processes and by 5 threads against `cp -r` and the notes'
/// Python `multiprocessing.Pool(5)` (when python3 is there), and the sweep N = 1 … 100 for both
/// kinds over the lesson's generated folder. Every copy is checked file by file.
QJsonObject poolFigures(int samples);

} // namespace bench
