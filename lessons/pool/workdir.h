#pragma once

#include "copyplan.h"

#include <QString>
#include <vector>

namespace pool {

/// What the pool's processes share, since they share no memory: a folder (outside source and
/// destination) with the task list and one claim per task. A worker claims a task by creating
/// the symlink `claims/ID` → its token (atomic: one winner), marks it `done/ID` once the copy is
/// verified and renamed, and writes `ended/TOKEN` when it runs out of tasks. When a worker dies
/// the parent releases its claims (and removes its partial file), so the task goes back in the
/// queue for the next worker.
class WorkDir
{
public:
    /// Creates the folder @p path for @p plan and writes the task list.
    static bool create(const QString &path, const CopyPlan &plan, QString *error);
    /// Opens an existing work folder (a worker's side); false if its task list is unreadable.
    bool open(const QString &path);

    /// The folder.
    QString path() const { return m_path; }
    /// The plan read back from the task list.
    const CopyPlan &plan() const { return m_plan; }
    /// Where the worker with @p token writes task @p id before the rename.
    QString tempPath(int id, const QString &token) const;
    /// The final path of task @p id.
    QString finalPath(int id) const;
    /// The source path of task @p id.
    QString sourcePath(int id) const;

    /// Claims the first free task for @p token; -1 when none is left.
    int claimNext(const QString &token);
    /// Marks task @p id copied and verified.
    void markDone(int id) const;
    /// Marks task @p id failed with @p message and asks every worker to stop.
    void markFailed(int id, const QString &message) const;
    /// Records that the worker @p token ran out of tasks and ended normally.
    void markEnded(const QString &token) const;
    /// True once @p token ended normally.
    bool ended(const QString &token) const;
    /// Releases @p token's claims on tasks it did not finish, removing its partial files;
    /// returns those task ids (they are waiting again).
    std::vector<int> release(const QString &token) const;
    /// True once task @p id is done.
    bool isDone(int id) const;
    /// How many tasks are done.
    int doneCount() const;
    /// The failures, "path: reason", in task order.
    QStringList failures() const;
    /// True once a failure asked the pool to stop.
    bool stopRequested() const;

private:
    QString m_path;
    CopyPlan m_plan;
    int m_claimFrom = 0; ///< where this worker's next claimNext() starts looking
};

} // namespace pool
