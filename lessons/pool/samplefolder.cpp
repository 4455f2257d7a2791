#include "samplefolder.h"

#include "tempfolders.h"

#include <QFile>
#include <cmath>
#include <random>
#include <vector>

namespace pool {

SampleFolder::SampleFolder(int count, qint64 fixedSize)
    : m_dir((removeStaleFoldersOnce(), tempFolderTemplate(QStringLiteral("src"))))
{
    if (!m_dir.isValid())
        return;
    std::mt19937_64 rng(20240917);
    std::vector<std::uint64_t> words;
    m_ok = true;
    for (int i = 0; i < count && m_ok; ++i) {
        // Sizes spread evenly on a log scale, so small and large files mix in the task list.
        const double u = count > 1 ? double((i * 37) % count) / double(count - 1) : 1.0;
        const qint64 size = fixedSize > 0 ? fixedSize : qint64(std::llround(4096.0 * std::pow(256.0, u)));
        words.resize(std::size_t((size + 7) / 8));
        for (auto &word : words)
            word = rng();
        QFile f(m_dir.filePath(QStringLiteral("file%1.bin").arg(i + 1, 3, 10, QLatin1Char('0'))));
        m_ok = f.open(QIODevice::WriteOnly) &&
               f.write(reinterpret_cast<const char *>(words.data()), size) == size;
    }
}

} // namespace pool
