#pragma once

#include "locks/locksdemo.h"
#include "stage/codelisting.h"
#include "stage/scene.h"
#include "widgets/lessonpanel.h"

#include <QTimer>
#include <memory>
#include <vector>

class QTabWidget;
class QTextBrowser;

namespace widgets {
class CodeView;
class LockView;
class StatsView;
class TimelineView;
class WorkerLanesView;
} // namespace widgets

namespace locks {

class LocksControls;
class LocksDemoPage;

/// The locks lesson: N real threads run `n += 1` as read → add → write, with or without a lock.
/// The teacher plays, pauses, steps, or becomes the scheduler and builds a lost update by hand.
class LocksPanel : public widgets::LessonPanel
{
    Q_OBJECT
public:
    /// The panel with default options (2 threads, 3 increments, lock off), not yet running.
    explicit LocksPanel(QWidget *parent = nullptr);
    /// Joins every thread.
    ~LocksPanel() override;

    QString lessonId() const override { return QStringLiteral("locks"); }
    void play() override;
    void pause() override;
    void step() override;
    void reset() override;
    void setSpeed(int speed) override;
    bool isPlaying() const override { return m_playing; }
    void shutdown() override;
    QStringList slides() const override;
    void showSlide(int index) override;
    int currentSlide() const override;
    QString presenterNotes(int index) const override;
    stage::StageInfo traceInfo() const override { return m_scene.info(); }
    std::vector<stage::Event> traceEvents() const override { return m_events; }

    /// The knobs in force.
    RaceOptions options() const { return m_options; }
    /// Sets the knobs (and resets the run).
    void setOptions(const RaceOptions &options);
    /// Turns "you are the scheduler" on or off.
    void setSchedulerMode(bool on);
    /// Whether the teacher is the scheduler.
    bool schedulerMode() const { return m_scheduler; }
    /// Lets worker @p worker take one step (scheduler mode). False when it cannot step now.
    bool grant(int worker);
    /// Takes the last grant back by re-running the real threads under the grant prefix.
    void undo();
    /// The picture as folded so far.
    const stage::Scene &scene() const { return m_scene; }
    /// The running demo, or nullptr after shutdown().
    const LocksDemo *demo() const { return m_demo.get(); }
    /// Drains the trace and refreshes the views now (the frame timer does this ~60×/s).
    void refresh();

protected:
    /// Number keys grant a worker a step in scheduler mode; Ctrl+Z undoes.
    void keyPressEvent(QKeyEvent *event) override;
    /// Retranslates and reloads content on language change.
    void changeEvent(QEvent *event) override;

private:
    void buildDemoPage();
    void rebuild(const std::vector<int> &grants = {});
    void ensureStarted();
    stage::Pacing playPacing() const;
    void setPlaying(bool playing);
    void updateStats();
    void loadContent();
    void loadListings();
    void retranslate();

    RaceOptions m_options;
    std::unique_ptr<LocksDemo> m_demo;
    std::vector<stage::Event> m_events;
    stage::Scene m_scene;
    bool m_started = false;
    bool m_playing = false;
    bool m_scheduler = false;
    bool m_finishedShown = false;
    int m_speed = 60;
    int m_pendingSteps = 0;
    QTimer m_frame;

    QTabWidget *m_tabs = nullptr;
    QTextBrowser *m_explanation = nullptr;
    QTextBrowser *m_tryThis = nullptr;
    LocksDemoPage *m_page = nullptr;
    LocksControls *m_controls = nullptr; ///< views below are owned by m_page
    widgets::WorkerLanesView *m_lanes = nullptr;
    widgets::StatsView *m_stats = nullptr;
    widgets::LockView *m_lockView = nullptr;
    widgets::CodeView *m_code = nullptr;
    widgets::TimelineView *m_timeline = nullptr;
};

} // namespace locks
