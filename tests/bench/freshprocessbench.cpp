#include "freshprocessbench.h"

#include <QJsonDocument>
#include <QProcess>
#include <QStringList>
#include <algorithm>
#include <vector>

namespace bench {

namespace {

/// One lock setting: runs the app @p runs times and counts the runs that lost updates.
QJsonObject oneSetting(const QString &app, int runs, bool lock)
{
    const QStringList args = {
        QStringLiteral("--run"),        QStringLiteral("race"),
        QStringLiteral("--threads"),    QStringLiteral("2"),
        QStringLiteral("--iterations"), QStringLiteral("100000"),
        QStringLiteral("--lock"),       QString::fromLatin1(lock ? "on" : "off"),
        QStringLiteral("--json")};
    int losing = 0;
    int failed = 0;
    std::vector<double> ms;
    double lostFraction = 0;
    for (int i = 0; i < runs; ++i) {
        QProcess p;
        p.start(app, args);
        if (!p.waitForFinished(60'000) || p.exitStatus() != QProcess::NormalExit ||
            p.exitCode() != 0) {
            p.kill();
            p.waitForFinished(1000);
            ++failed;
            continue;
        }
        const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        const double lost = o.value(QStringLiteral("lost")).toDouble(-1);
        const double expected = o.value(QStringLiteral("expected")).toDouble(0);
        if (lost < 0 || expected <= 0) {
            ++failed;
            continue;
        }
        losing += lost > 0 ? 1 : 0;
        lostFraction += lost / expected;
        ms.push_back(o.value(QStringLiteral("elapsed_ms")).toDouble());
    }
    std::sort(ms.begin(), ms.end());
    const int ok = runs - failed;
    return {{QStringLiteral("command"),
             app + QLatin1Char(' ') + args.mid(0, args.size() - 1).join(QLatin1Char(' '))},
            {QStringLiteral("processes"), runs},
            {QStringLiteral("failed"), failed},
            {QStringLiteral("runs_with_loss"), losing},
            {QStringLiteral("loss_rate"), ok > 0 ? double(losing) / ok : 0.0},
            {QStringLiteral("mean_lost_fraction"), ok > 0 ? lostFraction / ok : 0.0},
            {QStringLiteral("median_elapsed_ms"), ms.empty() ? 0.0 : ms[ms.size() / 2]}};
}

} // namespace

QJsonObject freshProcessRace(const QString &app, int runs)
{
    return {{QStringLiteral("lock_off"), oneSetting(app, runs, false)},
            {QStringLiteral("lock_on"), oneSetting(app, runs, true)}};
}

} // namespace bench
