#include "codelisting.h"

#include <QFile>
#include <QRegularExpression>

namespace stage {

CodeListing::CodeListing(const QString &language, const QString &source,
                         const QStringList &stepNames)
    : m_language(language)
{
    static const QRegularExpression marker(
        QStringLiteral("\\s*(#|//)\\s*@step\\s+([A-Za-z_]+)\\s*$"));
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
    for (QString line : all) {
        const auto m = marker.match(line);
        if (m.hasMatch()) {
            const int step = int(stepNames.indexOf(m.captured(2)));
            if (step >= 0)
                m_lineOfStep.insert(step, int(m_lines.size()));
            line.truncate(m.capturedStart());
        }
        m_lines.append(line);
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
