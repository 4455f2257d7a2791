#include "copyrun.h"

#include "pool/tempfolders.h"

#include <QDir>
#include <QFileInfo>

namespace pool {

namespace {

QString destinationTemplate(const QString &parent)
{
    const QString temp = tempFolderTemplate(QStringLiteral("dst"));
    return parent.isEmpty() ? temp : QDir(parent).filePath(QFileInfo(temp).fileName());
}

} // namespace

CopyRun::CopyRun(const QString &src, const QString &parent, int workers, qint64 chunk)
    : m_dst(destinationTemplate(parent))
{
    std::optional<CopyPlan> plan;
    if (!m_dst.isValid())
        m_error = QStringLiteral("%1: %2").arg(destinationTemplate(parent), m_dst.errorString());
    else
        plan = planCopy(src, m_dst.path(), &m_error); // new and empty: no file is overwritten
    m_demo = std::make_unique<PoolDemo>(plan ? *plan : CopyPlan{}, workers, chunk);
    if (m_error.isEmpty())
        m_error = m_demo->error();
}

CopyRun::~CopyRun()
{
    m_demo->stage().stop();
    m_demo.reset(); // before the destination folder is removed
}

} // namespace pool
