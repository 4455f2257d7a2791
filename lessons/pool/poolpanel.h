#pragma once

#include "pool/pooldemo.h"
#include "pool/sweeptab.h"
#include "widgets/stagepanel.h"

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace widgets {
class CodeView;
} // namespace widgets

namespace pool {

class PoolViews;
class SampleFolder;
class SweepChart;
class SweepTab;
class TaskBoard;

/// The process-pool lesson: copy a folder of 100 files with a pool of N real worker processes
/// (the course's worker executable). The task list shows each file waiting, with a worker (bytes
/// and a progress bar) and done; a worker killed mid-copy has its task put back and is
/// replaced, and the copy still ends byte-exact. The sweep charts the copy time against N for
/// a process pool and a thread pool (是不是越多越好?).
class PoolPanel : public widgets::StagePanel
{
    Q_OBJECT
public:
    /// The panel copying the generated folder with 5 workers, 64 KiB reads; not yet running.
    explicit PoolPanel(QWidget *parent = nullptr);
    /// Stops the sweep and the copy (before the sample folder they read goes).
    ~PoolPanel() override;

    /// Pool size in force.
    int workers() const;
    /// Bytes per read in force.
    qint64 chunk() const;
    /// Sets the pool size and the chunk (and starts the run over).
    void setKnobs(int workers, qint64 chunk);
    /// Copies @p folder instead of the generated one (and starts the run over); false (and a
    /// status saying why) when it cannot be copied.
    bool setSource(const QString &folder);
    /// The folder being copied.
    QString source() const;
    /// Makes each run's new destination folder under @p folder (the temporary folder when
    /// empty), e.g. a USB stick, and starts the run over.
    void setDestinationParent(const QString &folder);
    /// The running demo, or nullptr after shutdown().
    PoolDemo *demo() const;
    /// Sends SIGKILL to a worker that is copying a file, as `kill -9 <pid>`; false if none is.
    bool killBusyWorker();
    /// Starts timing the copy for N = 1 … 100 (process and thread pools) in the background.
    void sweep();
    /// True while the sweep runs.
    bool sweeping() const { return m_sweepTab->sweeping(); }
    /// The sweep chart.
    SweepChart *chart() const { return m_sweepTab->chart(); }
    /// The task list.
    TaskBoard *board() const { return m_board; }
    void shutdown() override;

protected:
    /// Retranslates on a language switch.
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<widgets::RunDriver::Run> makeRun();
    int busyWorker() const;
    void showFrame();
    void announceResult();
    void loadListings();
    void retranslate();
    void chooseSource();

    QString m_userSource; ///< empty: the generated folder
    QString m_dstParent;  ///< empty: the temporary folder
    std::unique_ptr<SampleFolder> m_sample;
    QLabel *m_workersLabel = nullptr;
    QSpinBox *m_workers = nullptr;
    QLabel *m_chunkLabel = nullptr;
    QComboBox *m_chunk = nullptr;
    QPushButton *m_pick = nullptr;
    QPushButton *m_kill = nullptr;
    QLabel *m_fromLabel = nullptr;
    QLineEdit *m_from = nullptr; ///< a path is data, shown as is and selectable
    QLabel *m_intoLabel = nullptr;
    QLineEdit *m_into = nullptr;
    QLabel *m_summary = nullptr;
    QWidget *m_controls = nullptr;       ///< the knobs and the folders, flowing in rows
    QList<QWidget *> m_folders;          ///< the from, into and summary items of the controls' flow
    PoolViews *m_views = nullptr;        ///< the tasks, code and sweep over the lanes
    TaskBoard *m_board = nullptr;        ///< m_views' task list
    widgets::CodeView *m_code = nullptr; ///< m_views' listings
    SweepTab *m_sweepTab = nullptr;      ///< m_views' sweep
    QString m_runError;
};

} // namespace pool
