#pragma once

#include <QJsonObject>
#include <QString>

namespace bench {

/// The race as a user meets it: @p runs separate processes of `APP --run race --threads 2
/// --iterations 100000 --lock off|on --json` (a new process each time, as when the command is
/// typed again), and how many of them lost updates, per lock setting. @p app is the executable.
QJsonObject freshProcessRace(const QString &app, int runs);

} // namespace bench
