#include "headlessrun.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace app {

QString HeadlessRun::run(const CommandLine &commandLine)
{
    // "race" is the only demo so far; the parser rejects every other name.
    return format(locks::runRace(commandLine.race), commandLine.json);
}

QString HeadlessRun::format(const locks::RaceResult &result, bool json)
{
    if (json) {
        const QJsonObject o{{"expected", qint64(result.expected)},
                            {"actual", qint64(result.actual)},
                            {"lost", qint64(result.lost)},
                            {"elapsed_ms", result.elapsedMs}};
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) + '\n';
    }
    return QStringLiteral("expected: %1\nactual: %2\nlost: %3\nelapsed_ms: %4\n")
        .arg(result.expected)
        .arg(result.actual)
        .arg(result.lost)
        .arg(result.elapsedMs, 0, 'f', 3);
}

} // namespace app
