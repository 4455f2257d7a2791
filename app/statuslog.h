#pragma once

#include <QFile>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

namespace app {

class LanguageManager;
class MainWindow;

/// The window's state as one line of tab-separated `key=value` fields (lesson, language, zoom,
/// run, runs finished so far, slide, scheduler mode, the shown panel's check boxes and spin
/// boxes, the status text),
/// appended to a file each time it changes. Only with CC_STATUS_LOG set (the launcher's
/// choice): scripts that drive the real window by keys (scripts/keywalk.sh) check what each key
/// did from it instead of reading pixels.
class StatusLog : public QObject
{
    Q_OBJECT
public:
    /// Logs @p window (and the language of @p languages) to @p path, which is truncated first.
    StatusLog(MainWindow *window, const LanguageManager *languages, const QString &path);
    /// False when @p path could not be opened for writing.
    bool isOpen() const { return m_file.isOpen(); }
    /// The window's state now, as the line written (without the newline).
    QString describe() const;

private:
    void poll();
    void watchRuns();

    MainWindow *m_window = nullptr;
    const LanguageManager *m_languages = nullptr;
    QFile m_file;
    QTimer m_timer;
    QString m_last;
    QSet<const QObject *> m_watched; ///< run drivers whose finished runs are counted
    int m_finishedRuns = 0;          ///< runs that finished by themselves, in any lesson
};

} // namespace app
