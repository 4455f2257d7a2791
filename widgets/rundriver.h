#pragma once

#include "stage/event.h"
#include "stage/recording.h"
#include "stage/scene.h"
#include "stage/stage.h"

#include <QObject>
#include <QTimer>
#include <functional>
#include <memory>
#include <span>
#include <vector>

class QKeyEvent;

namespace widgets {

/// Plays a stage-backed lesson for its panel: makes each run from the lesson's factory, paces
/// it (play, pause, step, speed), drains its trace ~60×/s into the Scene, keeps the events for
/// export (bounded), applies pending steps once the workers settle, makes the teacher the
/// scheduler (grants, number keys, refusals, Undo = rebuild under the grant prefix), tells
/// when the run finished, and scrubs: the views can show the recorded run as it was after any
/// earlier step (the Scene folded over a prefix of the events) while the real run stands still.
/// The lesson only draws scene() and says what the result means.
///
/// Scrubbing is a view of the past, never a change to the real run: Play and a grant go back to
/// the live run and continue it from where it is; Step, while the past is shown, moves one step
/// forward through the recording (at its end, the real run steps). Only "replay from here"
/// (scheduler mode) changes the run: fresh workers run again under the grants before the shown
/// step, and the teacher schedules on from there.
class RunDriver : public QObject
{
    Q_OBJECT
public:
    /// One run of a lesson's engine: the stage it plays on. Destroying it joins every worker.
    class Run
    {
    public:
        virtual ~Run() = default;
        /// The stage the run's workers are on.
        virtual stage::Stage &stage() = 0;
        /// Starts the workers.
        virtual void start() = 0;
    };

    /// A Run around any engine with `stage()` (and optionally its own `start()`).
    template <class Engine> class EngineRun final : public Run
    {
    public:
        /// Owns @p engine for the run.
        explicit EngineRun(std::unique_ptr<Engine> engine) : m_engine(std::move(engine)) {}
        /// Joins the workers before the engine (whose state they use) goes away.
        ~EngineRun() override { m_engine->stage().stop(); }
        stage::Stage &stage() override { return m_engine->stage(); }
        void start() override
        {
            if constexpr (requires(Engine & e) { e.start(); })
                m_engine->start();
            else
                m_engine->stage().start();
        }
        /// The engine.
        Engine &engine() { return *m_engine; }

    private:
        std::unique_ptr<Engine> m_engine;
    };

    /// Wraps @p engine as a Run (for a lesson's factory).
    template <class Engine> static std::unique_ptr<Run> wrap(std::unique_ptr<Engine> engine)
    {
        return std::make_unique<EngineRun<Engine>>(std::move(engine));
    }

    /// Makes a fresh run with the lesson's current settings; nothing runs before start().
    using Factory = std::function<std::unique_ptr<Run>()>;
    /// Says why a worker the teacher picked cannot step while it is blocked.
    using BlockedText = std::function<QString(const stage::WorkerView &worker)>;

    /// Events kept for export and scrubbing; past this the run is still drawn, just not kept.
    static constexpr std::size_t MaxKeptEvents = stage::Recording::DefaultCapacity;

    /// A driver with no run until setFactory() and rebuild().
    explicit RunDriver(QObject *parent = nullptr);
    /// Joins every worker.
    ~RunDriver() override;

    /// Where runs come from.
    void setFactory(Factory factory);
    /// Replaces the default "is blocked" refusal with the lesson's words.
    void setBlockedText(BlockedText text);

    /// Runs (or resumes) at the current speed; a finished run starts over. Ends scheduler mode.
    void play();
    /// Parks every worker at its next checkpoint.
    void pause();
    /// Lets exactly one step happen once the workers settle.
    void step();
    /// Stops and joins everything, then sets a fresh run up (and says so).
    void reset();
    /// Sets a fresh run up after the lesson's settings changed (and says so).
    void restart();
    /// Speed slider position, 0 … LessonPanel::FullSpeed.
    void setSpeed(int speed);
    /// Stops and joins every worker; the run is gone until the next rebuild().
    void shutdown();
    /// A fresh run with a new seed; in scheduler mode it starts and replays @p grants first.
    void rebuild(const std::vector<int> &grants = {});
    /// A fresh run with the seed of the last one: Run pacing picks the same interleaving again.
    void replay();
    /// The seed of the current run (Run pacing's choice of which ready worker goes next).
    std::uint64_t seed() const { return m_seed; }
    /// True while playing (not paused, not finished).
    bool isPlaying() const { return m_playing; }
    /// The speed slider position in force.
    int speed() const { return m_speed; }

    /// Turns "you are the scheduler" on or off.
    void setSchedulerMode(bool on);
    /// Whether the teacher is the scheduler.
    bool schedulerMode() const { return m_scheduler; }
    /// Lets worker @p worker take one step (scheduler mode); false (and a status saying why)
    /// when it cannot step now.
    bool grant(int worker);
    /// Takes the last grant back: the real workers run again under the grant prefix. While an
    /// earlier step is shown, takes back every grant after it (replayFromHere()).
    void undo();
    /// True when undo() has a grant to take back (or a shown step to replay to).
    bool canUndo() const;
    /// Workers the teacher may grant now (empty outside scheduler mode).
    std::vector<int> grantable() const;
    /// Ctrl+Z undoes; 1–9 grant worker 1–9 in scheduler mode. True when the key was used.
    bool handleKey(const QKeyEvent *event);

    // --- scrubbing: the recorded run, step by step ------------------------------------------
    /// Steps recorded so far: the scrubber's end (a step begins where a worker begins to move).
    int recordedSteps() const { return int(m_recording.steps()); }
    /// The step shown: recordedSteps() while the live run is shown.
    int shownStep() const { return m_scrubbed ? m_shownStep : recordedSteps(); }
    /// True while the views show the live run; false while they show an earlier step.
    bool isLive() const { return !m_scrubbed; }
    /// Shows the run as it was after step @p step (0 = before the first); recordedSteps() or
    /// more shows the live run again. A playing run is paused first: the past is looked at
    /// while the real threads stand still.
    void showStep(int step);
    /// The events the shown picture folds: a prefix of events() (all of it while live).
    std::span<const stage::Event> shownEvents() const;
    /// True when the shown earlier step can be reached again on real threads: every step before
    /// it began at a grant (paced), none at full speed.
    bool canReplayFromHere() const;
    /// Runs fresh workers under the grants before the shown step, in scheduler mode: the run
    /// stands at that step again, live, and the teacher grants on from there.
    void replayFromHere();

    /// Drains the trace, applies pending steps and announces the frame (the timer does this).
    void refresh();
    /// The picture shown: the live scene, or the recorded run folded up to shownStep().
    const stage::Scene &scene() const { return m_scrubbed ? *m_shown : m_scene; }
    /// The live picture, whatever step is shown.
    const stage::Scene &liveScene() const { return m_scene; }
    /// The current run's events cut into steps.
    const stage::Recording &recording() const { return m_recording; }
    /// Every event kept of the current run (at most MaxKeptEvents).
    const std::vector<stage::Event> &events() const { return m_recording.events(); }
    /// The current run, or nullptr after shutdown().
    Run *run() const { return m_run.get(); }
    /// The current run's engine if it is an @p Engine, else nullptr.
    template <class Engine> Engine *engine() const
    {
        auto *r = dynamic_cast<EngineRun<Engine> *>(m_run.get());
        return r ? &r->engine() : nullptr;
    }

signals:
    /// isPlaying() changed.
    void playingChanged(bool playing);
    /// A one-line status for the status bar (translated).
    void statusChanged(const QString &text);
    /// A fresh run was set up: views point at the new scene, listings follow the settings.
    void rebuilt();
    /// The scene moved on (or the scheduler state did): views repaint, counters update.
    void frame();
    /// The run finished by itself; the lesson says what its result means.
    void finished();
    /// Scheduler mode was switched (also when Play ends it).
    void schedulerModeChanged(bool on);
    /// recordedSteps(), shownStep() or isLive() changed.
    void recordingChanged();

private:
    void ensureStarted();
    stage::Pacing playPacing() const;
    void setPlaying(bool playing);
    bool isFinished() const;
    void goLive();

    Factory m_factory;
    BlockedText m_blockedText;
    std::unique_ptr<Run> m_run;
    stage::Recording m_recording;
    stage::Scene m_scene;
    bool m_scrubbed = false;               ///< an earlier step is shown
    int m_shownStep = 0;                   ///< that step
    const stage::Scene *m_shown = nullptr; ///< its picture (the recording's fold)
    std::size_t m_announcedSteps = 0;      ///< recordedSteps() as last announced
    bool m_started = false;
    bool m_playing = false;
    bool m_scheduler = false;
    bool m_finishedShown = false;
    int m_speed = 60;
    int m_pendingSteps = 0;
    std::uint64_t m_seed = 0;
    bool m_keepSeed = false; ///< the next rebuild() replays m_seed
    QTimer m_frame;
};

} // namespace widgets
