#include "processesrun.h"

#include "tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace processes {

namespace {

QString badValue(const QString &option, const QString &value, const QString &allowed)
{
    return Tr::tr("Bad value '%1' for %2: %3").arg(value, option, allowed);
}

} // namespace

QStringList runOptionNames()
{
    return {QStringLiteral("--children"), QStringLiteral("--style"), QStringLiteral("--json")};
}

QString setRunOption(RunOptions &o, const QString &option, const QString &value)
{
    if (option == QLatin1String("--children")) {
        bool ok = false;
        const int n = value.toInt(&ok);
        if (!ok || n < 1 || n > MaxChildren)
            return badValue(option, value,
                            Tr::tr("expected a whole number from 1 to %1").arg(MaxChildren));
        o.demo.children = n;
    } else if (option == QLatin1String("--style")) {
        if (value != QLatin1String("function") && value != QLatin1String("subclass"))
            return badValue(option, value, Tr::tr("expected function or subclass"));
        o.demo.style = value == QLatin1String("function") ? Style::Function : Style::Subclass;
    } else if (option == QLatin1String("--json")) {
        o.json = true;
    } else {
        return Tr::tr("Unknown option '%1' for --run processes: the options are %2")
            .arg(option, runOptionNames().join(QLatin1String(", ")));
    }
    return {};
}

QString formatResult(const Result &r, bool json)
{
    const bool unchanged = r.g == InitialGlobal && r.local == InitialLocal;
    if (json) {
        QJsonArray children;
        for (const ChildReport &c : r.children)
            children.append(QJsonObject{{"pid", c.pid},
                                        {"ppid", c.ppid},
                                        {"program", c.program},
                                        {"g", c.g},
                                        {"local", c.local},
                                        {"exit_code", c.exitCode},
                                        {"signal", c.signal}});
        const QJsonObject o{{"pid", r.pid},         {"g", r.g},
                            {"local", r.local},     {"g_unchanged", unchanged},
                            {"children", children}, {"elapsed_ms", r.elapsedMs}};
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) + '\n';
    }
    QString s;
    for (std::size_t i = 0; i < r.children.size(); ++i) {
        const ChildReport &c = r.children[i];
        s += QStringLiteral("child %1: pid %2, ppid %3, g %4, local %5, %6\n")
                 .arg(i + 1)
                 .arg(c.pid)
                 .arg(c.ppid)
                 .arg(c.g)
                 .arg(c.local)
                 .arg(c.signal ? QStringLiteral("killed by signal %1").arg(c.signal)
                               : QStringLiteral("exit code %1").arg(c.exitCode));
    }
    s += QStringLiteral("parent: pid %1, g %2, local %3 (%4)\nelapsed_ms: %5\n")
             .arg(r.pid)
             .arg(r.g)
             .arg(r.local)
             .arg(unchanged ? QStringLiteral("unchanged") : QStringLiteral("CHANGED"))
             .arg(r.elapsedMs, 0, 'f', 3);
    return s;
}

int runCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    RunOptions o;
    for (int i = 0; i < args.size(); ++i) {
        QString option = args[i];
        QString value;
        if (option.contains(QLatin1Char('='))) {
            value = option.section(QLatin1Char('='), 1);
            option = option.section(QLatin1Char('='), 0, 0);
        } else if (option != QLatin1String("--json")) {
            if (!runOptionNames().contains(option)) {
                err << setRunOption(o, option, value) << '\n';
                return 2;
            }
            if (i + 1 >= args.size()) {
                err << Tr::tr("Option %1 needs a value").arg(option) << '\n';
                return 2;
            }
            value = args[++i];
        }
        if (const QString e = setRunOption(o, option, value); !e.isEmpty()) {
            err << e << '\n';
            return 2;
        }
    }
    out << formatResult(runProcesses(o.demo), o.json);
    return 0;
}

} // namespace processes
