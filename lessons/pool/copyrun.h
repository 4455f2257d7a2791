#pragma once

#include "pool/pooldemo.h"
#include "widgets/rundriver.h"

#include <QTemporaryDir>
#include <memory>

namespace pool {

/// One copy of the pool panel: its own new (empty) destination folder and the pool copying into it.
/// The folder goes away with the run, after the pool has stopped.
class CopyRun final : public widgets::RunDriver::Run
{
public:
    /// Plans the copy of @p src into a new folder under @p parent (the temporary folder when
    /// empty) with @p workers processes reading @p chunk bytes at a time.
    CopyRun(const QString &src, const QString &parent, int workers, qint64 chunk);
    /// Stops and reaps the pool, then removes the destination.
    ~CopyRun() override;
    stage::Stage &stage() override { return m_demo->stage(); }
    void start() override { m_demo->start(); }
    /// The pool.
    PoolDemo &demo() { return *m_demo; }
    /// Empty, or why the copy cannot start.
    QString error() const { return m_error; }

private:
    QTemporaryDir m_dst;
    std::unique_ptr<PoolDemo> m_demo;
    QString m_error;
};

} // namespace pool
