#pragma once

#include <QString>
#include <QStringList>

namespace pool {

/// A QTemporaryDir template for one of this process's folders of @p kind ("src", "dst", "work",
/// "sweep"): `<place>/cc-pool-<kind>-<pid>-XXXXXX`, in the temporary folder, or for "work" (the
/// workers' claims and markers) in /dev/shm when it exists. The PID lets a later run tell the
/// folders of a run that was killed before it could remove them from those of a run still going.
QString tempFolderTemplate(const QString &kind);

/// The folders tempFolderTemplate() puts folders in.
QStringList tempFolderPlaces();

/// Removes the `cc-pool-<kind>-<pid>-*` folders whose process is gone (a run killed by a signal,
/// which runs no destructor); returns how many went. A folder of a live process is never touched.
int removeStaleFolders();

/// removeStaleFolders(), the first time it is called in this process (thread-safe).
void removeStaleFoldersOnce();

} // namespace pool
