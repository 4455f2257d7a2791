#pragma once

#include <QString>
#include <QTemporaryDir>

namespace pool {

/// The lesson's default source: a temporary folder of files of varied sizes (4 KiB … 1 MiB,
/// random bytes, the same every time), removed when this object goes away.
class SampleFolder
{
public:
    /// Creates @p count files (each @p fixedSize bytes when it is above 0).
    explicit SampleFolder(int count = 100, qint64 fixedSize = 0);
    /// True when every file was written.
    bool isValid() const { return m_ok; }
    /// The folder.
    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    bool m_ok = false;
};

} // namespace pool
