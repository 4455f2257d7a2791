#pragma once

#include "stage.h"

#include <QString>
#include <QStringList>
#include <map>

namespace stage {

/// The child's side of a process worker: an executable started as
/// `--worker NAME [ARGS…]` runs the body registered under NAME with a Worker whose checkpoints
/// are lines on stdout, each answered by a grant line on stdin, so the parent's stage paces the
/// child exactly as it paces a thread. Stdin closing (the parent went away) ends the child.
class ChildRuntime
{
public:
    /// Bodies a child may run, by name.
    using Bodies = std::map<QString, Stage::Body>;

    /// True if @p args (argv without the program) ask for worker mode.
    static bool isWorkerMode(const QStringList &args);
    /// Runs worker mode: returns the process exit code (0 done, 2 bad arguments, 3 stopped).
    /// Bad arguments get a message on stderr naming the value and what is allowed.
    static int run(const QStringList &args, const Bodies &bodies);
    /// The arguments after the body's name, for the running body (empty in the parent).
    static QStringList arguments();

    /// Makes @p path the program a process worker starts when its spec names none. The app sets
    /// its small worker executable here at start-up, before any stage runs: a child that links
    /// Qt Core only starts several times faster than the whole app again.
    static void setExecutable(const QString &path);
    /// The program a process worker starts when its spec names none: what setExecutable() was
    /// given, else this executable (which must then serve worker mode itself).
    static QString executable();

    /// Encodes one event value for the pipe: name=number or name:percent-encoded-text.
    static QByteArray encode(const Value &v);
    /// Decodes encode()'s form; names and texts are interned. False if malformed.
    static bool decode(const QByteArray &field, Value &v);
};

} // namespace stage
