#pragma once

#include "stage/scene.h"
#include "stage/stage.h"

#include <QFile>
#include <csignal>
#include <vector>

namespace testing {

/// True while @p pid names a live process (a zombie counts as gone).
inline bool alive(qint64 pid)
{
    if (pid <= 0 || ::kill(pid_t(pid), 0) != 0)
        return false;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray s = stat.readAll();
    const int paren = s.lastIndexOf(')');
    return paren < 0 || s.mid(paren + 2, 1) != "Z";
}

/// Drains @p s into @p all and folds everything seen so far.
inline stage::Scene sceneOf(stage::Stage &s, std::vector<stage::Event> &all)
{
    const auto more = s.drain();
    all.insert(all.end(), more.begin(), more.end());
    stage::Scene scene(s.info());
    scene.apply(all);
    return scene;
}

} // namespace testing
