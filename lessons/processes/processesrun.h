#pragma once

#include "processesdemo.h"

#include <QString>
#include <QStringList>

class QTextStream;

namespace processes {

/// The options of `--run processes`, as the command line gives them.
struct RunOptions
{
    Options demo;      ///< --children N, --style function|subclass
    bool json = false; ///< --json
};

/// Applies one option (e.g. "--children", "3") to @p o; returns a message naming the value and
/// what is allowed, or an empty string.
QString setRunOption(RunOptions &o, const QString &option, const QString &value);
/// The options `--run processes` takes (values first, then flags).
QStringList runOptionNames();
/// @p r as `key: value` lines (one line per child), or one JSON object with pid, g, local,
/// g_unchanged and children (each pid, ppid, g, local, exit_code, signal).
QString formatResult(const Result &r, bool json);
/// `--run processes [--children N] [--style function|subclass] [--json]`: @p args are the words
/// after the demo's name. Prints the result on @p out, or a message on @p err and returns 2.
int runCommand(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace processes
