#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace processes {

/// One process's address space as the class should picture it: its name and PID (and its
/// parent's), its own copies of the global g and the local, what it is doing, and — for a
/// child — the `kill -9 <pid>` button that really sends SIGKILL.
class ProcessBox : public QFrame
{
    Q_OBJECT
public:
    /// What the box shows, already translated by the panel.
    struct Content
    {
        QString title;          ///< e.g. "P1 · PID 4242"
        QString widestTitle;    ///< the title with the system's largest PID: the room it keeps
        QString parent;         ///< e.g. "PPID 4200"
        QString memory;         ///< e.g. "g = 101  local = 11"
        QString state;          ///< e.g. "killed by signal 9"
        QString kill;           ///< the button's text, e.g. "kill -9 4242" (empty: no button)
        QString killName;       ///< the button's accessible name
        bool canKill = false;   ///< the process is running: the button is enabled
        bool highlight = false; ///< the memory differs from the parent's (a child's own copy)
    };

    /// A box for a child (with a kill button) or for the parent (@p child false).
    explicit ProcessBox(bool child, QWidget *parent = nullptr);

    /// The largest PID this system can hand out, as text (from /proc/sys/kernel/pid_max).
    static QString widestPid();
    /// Shows @p content.
    void setContent(const Content &content);
    /// The kill button (nullptr for the parent).
    QPushButton *killButton() const { return m_kill; }
    /// The memory line (g and local).
    QLabel *memory() const { return m_memory; }
    /// The state line.
    QLabel *state() const { return m_state; }

signals:
    /// The teacher pressed the kill button.
    void killRequested();

protected:
    /// Keeps the widths measured for the font in force.
    void changeEvent(QEvent *event) override;

private:
    void fitWidths();
    void fitTitle();

    QString m_widestTitle;

    QLabel *m_title;
    QLabel *m_parent;
    QLabel *m_memory;
    QLabel *m_state;
    QPushButton *m_kill = nullptr;
    QVBoxLayout *m_layout = nullptr;
};

} // namespace processes
