#include "childruntime.h"

#include <QCoreApplication>

#include <cstdio>
#include <sched.h>
#include <unistd.h>

namespace stage {

namespace {

QStringList &childArgs()
{
    static QStringList args;
    return args;
}

QString &workerExecutable()
{
    static QString path;
    return path;
}

/// The Worker's host in the child: every call becomes a line to the parent.
class PipeHost final : public WorkerHost
{
public:
    void checkpoint(Worker &w, int step, const Value *values, int count) override
    {
        QByteArray line =
            "C " + QByteArray::number(step) + ' ' + QByteArray::number(sched_getcpu());
        append(line, values, count);
        send(line);
        awaitGo(w);
    }
    void note(Worker &, EventKind kind, ObjectKind objectKind, int object, std::int64_t count,
              const Value *values, int valueCount) override
    {
        QByteArray line = "N " + QByteArray::number(int(kind)) + ' ' +
                          QByteArray::number(int(objectKind)) + ' ' + QByteArray::number(object) +
                          ' ' + QByteArray::number(qint64(count));
        append(line, values, valueCount);
        send(line);
    }
    void sleep(Worker &w, std::chrono::microseconds duration, BlockOp op) override
    {
        // The parent waits on the child's behalf, so its stage counts the child as blocked.
        send("Z " + QByteArray::number(qint64(duration.count())) + ' ' +
             QByteArray::number(int(op)));
        awaitGo(w);
    }
    bool stopping() const override { return m_eof; }
    void finish(const Worker &w)
    {
        QByteArray line = "F";
        append(line, w.finalValues().data(), w.finalCount());
        send(line);
    }

private:
    static void append(QByteArray &line, const Value *values, int count)
    {
        for (int i = 0; i < count && i < Event::MaxValues; ++i)
            line += ' ' + ChildRuntime::encode(values[i]);
    }
    static void send(const QByteArray &line)
    {
        std::fwrite(line.constData(), 1, std::size_t(line.size()), stdout);
        std::fputc('\n', stdout);
        std::fflush(stdout);
    }
    void awaitGo(Worker &)
    {
        char buf[16];
        if (!std::fgets(buf, sizeof buf, stdin)) {
            m_eof = true; // the parent stopped us or went away
            throw Stopped{};
        }
    }
    bool m_eof = false;
};

} // namespace

bool ChildRuntime::isWorkerMode(const QStringList &args)
{
    return !args.isEmpty() && args.first() == QLatin1String("--worker");
}

QStringList ChildRuntime::arguments()
{
    return childArgs();
}

void ChildRuntime::setExecutable(const QString &path)
{
    workerExecutable() = path;
}

QString ChildRuntime::executable()
{
    const QString &path = workerExecutable();
    return path.isEmpty() ? QCoreApplication::applicationFilePath() : path;
}

int ChildRuntime::run(const QStringList &args, const Bodies &bodies)
{
    QStringList names;
    for (const auto &[name, body] : bodies)
        names << name;
    if (args.size() < 2 || bodies.find(args[1]) == bodies.end()) {
        std::fprintf(stderr, "--worker: unknown worker '%s'; allowed: %s\n",
                     args.size() < 2 ? "" : qPrintable(args[1]),
                     qPrintable(names.join(QStringLiteral(", "))));
        return 2;
    }
    childArgs() = args.mid(2);
    PipeHost host;
    Worker w(&host, 0);
    try {
        bodies.at(args[1])(w);
    } catch (const Stopped &) {
        return 3;
    }
    host.finish(w);
    return 0;
}

QByteArray ChildRuntime::encode(const Value &v)
{
    const QByteArray name = QByteArray(v.name ? v.name : "_").toPercentEncoding();
    if (v.text)
        return name + ':' + QByteArray(v.text).toPercentEncoding();
    return name + '=' + QByteArray::number(qint64(v.value));
}

bool ChildRuntime::decode(const QByteArray &field, Value &v)
{
    const int eq = field.indexOf('=');
    const int colon = field.indexOf(':');
    const int cut = eq < 0 ? colon : colon < 0 ? eq : std::min(eq, colon);
    if (cut <= 0)
        return false;
    const QByteArray name = QByteArray::fromPercentEncoding(field.left(cut));
    v.name = intern(name.toStdString());
    if (field[cut] == ':') {
        v.value = 0;
        v.text = intern(QByteArray::fromPercentEncoding(field.mid(cut + 1)).toStdString());
        return true;
    }
    bool ok = false;
    v.value = field.mid(cut + 1).toLongLong(&ok);
    v.text = nullptr;
    return ok;
}

} // namespace stage
