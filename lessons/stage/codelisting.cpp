#include "codelisting.h"

#include <QFile>
#include <QRegularExpression>

namespace stage {

namespace {

/// The code of @p line without a trailing `//` or `#` comment (roughly: not inside strings).
QString codeOf(const QString &line)
{
    static const QRegularExpression comment(QStringLiteral("\\s*(//|#).*$"));
    QString code = line;
    code.remove(comment);
    return code.trimmed();
}

} // namespace

CodeListing::CodeListing(const QString &language, const QString &source,
                         const QStringList &stepNames)
    : m_language(language)
{
    static const QRegularExpression marker(
        QStringLiteral("\\s*(#|//)\\s*@step\\s+([A-Za-z_]+)\\s*$"));
    static const QRegularExpression stageMarker(QStringLiteral("\\s*(#|//)\\s*@stage\\s*$"));
    // A worker's checkpoint calls (Worker::at, wrote, set, push, pop, finish).
    static const QRegularExpression checkpointCall(
        QStringLiteral("^[A-Za-z_]\\w*(\\.|->)(at|wrote|set|push|pop|finish)\\("));
    QStringList all = source.split(QLatin1Char('\n'));
    int begin = -1;
    int end = int(all.size());
    for (int i = 0; i < all.size(); ++i) {
        if (all[i].contains(QLatin1String("@listing-begin")))
            begin = i;
        else if (all[i].contains(QLatin1String("@listing-end")))
            end = i;
    }
    all = all.mid(begin + 1, end - begin - 1);
    while (!all.isEmpty() && all.last().trimmed().isEmpty())
        all.removeLast();
    bool inCall = false; // inside a checkpoint call that spans lines
    for (QString line : all) {
        bool checkpoint = false;
        if (const auto m = stageMarker.match(line); m.hasMatch()) {
            checkpoint = true;
            line.truncate(m.capturedStart());
        }
        const QString code = codeOf(line);
        if (inCall || checkpointCall.match(code).hasMatch()) {
            checkpoint = true;
            inCall = !code.endsWith(QLatin1Char(';'));
        }
        const auto m = marker.match(line);
        if (m.hasMatch()) {
            const int step = int(stepNames.indexOf(m.captured(2)));
            if (step >= 0) {
                m_allLineOfStep.insert(step, int(m_all.size()));
                if (!checkpoint)
                    m_lineOfStep.insert(step, int(m_folded.size()));
            }
            line.truncate(m.capturedStart());
        }
        m_all.append(line);
        m_checkpoint.append(checkpoint);
        if (!checkpoint)
            m_folded.append(line);
    }
}

CodeListing CodeListing::fromFile(const QString &language, const QString &path,
                                  const QStringList &stepNames)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return CodeListing(language, QString::fromUtf8(f.readAll()), stepNames);
}

} // namespace stage
