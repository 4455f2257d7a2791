#include "rundriver.h"

#include "widgets/lessonpanel.h"
#include "widgets/tr.h"

#include <QKeyEvent>
#include <algorithm>
#include <random>

namespace widgets {

RunDriver::RunDriver(QObject *parent) : QObject(parent)
{
    m_frame.setInterval(16);
    connect(&m_frame, &QTimer::timeout, this, &RunDriver::refresh);
}

RunDriver::~RunDriver()
{
    m_frame.stop();
    m_run.reset(); // joins every worker
}

void RunDriver::setFactory(Factory factory)
{
    m_factory = std::move(factory);
}

void RunDriver::setBlockedText(BlockedText text)
{
    m_blockedText = std::move(text);
}

void RunDriver::rebuild(const std::vector<int> &grants)
{
    m_frame.stop();
    m_run.reset(); // joins every worker of the previous run
    m_run = m_factory();
    m_run->stage().setBeat(std::chrono::microseconds(LessonPanel::beatMicroseconds(m_speed)));
    // Each run its own interleaving, the way a real scheduler varies; the seed replays it.
    if (!m_keepSeed || m_seed == 0)
        m_seed =
            (std::uint64_t(std::random_device{}()) << 32 | std::random_device{}()) % 1000000 + 1;
    m_keepSeed = false;
    m_run->stage().setSeed(m_seed);
    m_scrubbed = false; // the recording it showed goes with the run
    m_shown = nullptr;
    m_recording = stage::Recording(m_run->stage().info(), MaxKeptEvents);
    m_announcedSteps = 0;
    m_scene = stage::Scene(m_run->stage().info());
    m_started = false;
    m_finishedShown = false;
    m_pendingSteps = 0;
    emit rebuilt();
    emit recordingChanged();
    if (m_scheduler) {
        m_run->stage().setPacing(stage::Pacing::Scheduler);
        for (int g : grants)
            m_run->stage().grant(g);
        ensureStarted(); // workers park at their first step, waiting for the teacher
    }
    setPlaying(false);
    refresh();
}

void RunDriver::ensureStarted()
{
    if (!m_run)
        rebuild();
    if (!m_started) {
        m_started = true;
        m_run->start();
    }
    m_frame.start();
}

bool RunDriver::isFinished() const
{
    return !m_run || m_run->stage().isFinished();
}

stage::Pacing RunDriver::playPacing() const
{
    return m_speed >= LessonPanel::FullSpeed ? stage::Pacing::FullSpeed : stage::Pacing::Run;
}

void RunDriver::play()
{
    // The past was only looked at: the real run goes on from where it stands.
    const bool wasLookingBack = m_scrubbed;
    goLive();
    if (isFinished())
        rebuild();
    const bool wasScheduler = m_scheduler;
    if (m_scheduler) {
        m_scheduler = false;
        emit schedulerModeChanged(false);
    }
    m_run->stage().setPacing(playPacing());
    ensureStarted();
    setPlaying(true);
    // Replaces "Reset…" or "Finished…" from before; says so when Play took the scheduler away.
    emit statusChanged(wasScheduler ? Tr::tr("Playing: you are no longer the scheduler (tick it "
                                             "again to grant steps by hand).")
                       : wasLookingBack
                           ? Tr::tr("Playing: back to the live run, which goes on from step %1.")
                                 .arg(recordedSteps())
                           : Tr::tr("Playing."));
}

void RunDriver::pause()
{
    if (!m_run)
        return;
    m_run->stage().setPacing(m_scheduler ? stage::Pacing::Scheduler : stage::Pacing::Paused);
    const bool wasPlaying = m_playing;
    setPlaying(false);
    // "Playing." must not outlive the run it describes.
    if (wasPlaying && !isFinished())
        emit statusChanged(
            Tr::tr("Paused at step %1: Play goes on, Step takes one step.").arg(recordedSteps()));
}

void RunDriver::step()
{
    if (m_scrubbed) { // forward through the recording; its end is the live run
        showStep(m_shownStep + 1);
        return;
    }
    if (isFinished())
        rebuild();
    if (!m_scheduler)
        m_run->stage().setPacing(stage::Pacing::Paused);
    setPlaying(false);
    ensureStarted();
    ++m_pendingSteps; // applied by refresh() once a worker waits at a checkpoint
    refresh();
}

void RunDriver::reset()
{
    rebuild();
    emit statusChanged(Tr::tr("Reset: every thread joined; ready to run again."));
}

void RunDriver::replay()
{
    m_keepSeed = true;
    rebuild();
    emit statusChanged(Tr::tr("Replay: the same run again (seed %1).").arg(m_seed));
}

void RunDriver::restart()
{
    rebuild();
    emit statusChanged(Tr::tr("Settings changed: the run starts over."));
}

void RunDriver::setSpeed(int speed)
{
    m_speed = std::clamp(speed, 0, int(LessonPanel::FullSpeed));
    if (!m_run)
        return;
    m_run->stage().setBeat(std::chrono::microseconds(LessonPanel::beatMicroseconds(m_speed)));
    if (m_playing)
        m_run->stage().setPacing(playPacing());
}

void RunDriver::shutdown()
{
    m_frame.stop();
    m_run.reset();
    m_started = false;
    setPlaying(false);
}

void RunDriver::setSchedulerMode(bool on)
{
    const bool changed = m_scheduler != on;
    if (on && m_scrubbed && canReplayFromHere()) {
        // Ticked while an earlier step is shown: the teacher schedules on from that step.
        replayFromHere();
        return;
    }
    if (on)
        goLive(); // the teacher schedules the real run, which is the live one
    m_scheduler = on;
    if (changed)
        emit schedulerModeChanged(on);
    if (on) {
        setPlaying(false);
        if (isFinished())
            rebuild();
        m_run->stage().setPacing(stage::Pacing::Scheduler);
        ensureStarted();
        emit statusChanged(Tr::tr("You are the scheduler: click a thread (or press 1–9) to let "
                                  "it take one step."));
    } else if (m_run) {
        m_run->stage().setPacing(stage::Pacing::Paused);
    }
    refresh();
}

bool RunDriver::grant(int worker)
{
    if (!m_scheduler || !m_run)
        return false;
    goLive(); // a grant moves the real run, which is the live one
    const bool ok = m_run->stage().grant(worker);
    if (!ok && worker >= 0 && std::size_t(worker) < m_scene.workers().size()) {
        const stage::WorkerView &w = m_scene.workers()[std::size_t(worker)];
        if (w.state == stage::WorkerState::Blocked)
            emit statusChanged(m_blockedText ? m_blockedText(w)
                                             : Tr::tr("%1 is blocked: it cannot move until what "
                                                      "it waits for is free.")
                                                   .arg(w.name));
        else
            emit statusChanged(Tr::tr("%1 cannot take a step now.").arg(w.name));
    }
    refresh();
    return ok;
}

void RunDriver::undo()
{
    if (!canUndo())
        return;
    if (m_scrubbed) {
        replayFromHere();
        return;
    }
    std::vector<int> prefix = m_run->stage().grants();
    prefix.pop_back();
    rebuild(prefix);
    emit statusChanged(Tr::tr("Undo: the threads were run again under the first %n step(s).",
                              nullptr, int(prefix.size())));
}

bool RunDriver::canUndo() const
{
    if (m_scrubbed)
        return m_scheduler && canReplayFromHere();
    return m_scheduler && m_run && !m_run->stage().grants().empty();
}

void RunDriver::goLive()
{
    if (!m_scrubbed)
        return;
    m_scrubbed = false;
    m_shown = nullptr;
    emit recordingChanged();
    emit frame();
}

void RunDriver::showStep(int step)
{
    if (!m_run)
        return;
    if (m_playing)
        pause(); // the workers park at their next checkpoint; the steps up to there stay live
    if (step >= recordedSteps()) {
        goLive();
        return;
    }
    m_scrubbed = true;
    m_shownStep = std::max(0, step);
    m_shown = &m_recording.sceneAt(std::size_t(m_shownStep));
    emit recordingChanged();
    emit frame();
}

std::span<const stage::Event> RunDriver::shownEvents() const
{
    const std::vector<stage::Event> &all = m_recording.events();
    const std::size_t n = m_scrubbed ? m_recording.cut(std::size_t(m_shownStep)) : all.size();
    return std::span<const stage::Event>(all).first(n);
}

bool RunDriver::canReplayFromHere() const
{
    return m_run && m_scrubbed && m_recording.replayable(std::size_t(m_shownStep));
}

void RunDriver::replayFromHere()
{
    if (!canReplayFromHere())
        return;
    const int step = m_shownStep;
    const std::vector<int> grants = m_recording.grantsBefore(std::size_t(step));
    if (!m_scheduler) {
        m_scheduler = true;
        emit schedulerModeChanged(true);
    }
    m_keepSeed = true;
    rebuild(grants);
    emit statusChanged(Tr::tr("Replayed to step %1 on fresh threads (the same %n grant(s)): you "
                              "are the scheduler from here.",
                              nullptr, int(grants.size()))
                           .arg(step));
}

std::vector<int> RunDriver::grantable() const
{
    return m_scheduler && m_run ? m_run->stage().readyWorkers() : std::vector<int>{};
}

bool RunDriver::handleKey(const QKeyEvent *event)
{
    if (event->matches(QKeySequence::Undo)) {
        undo();
        return true;
    }
    const int key = event->key();
    if (m_scheduler && key >= Qt::Key_1 && key <= Qt::Key_9 &&
        event->modifiers() == Qt::NoModifier) {
        grant(key - Qt::Key_1);
        return true;
    }
    return false;
}

void RunDriver::refresh()
{
    if (!m_run)
        return;
    stage::Stage &st = m_run->stage();
    std::vector<stage::Event> fresh = st.drain();
    m_scene.apply(fresh);
    m_recording.append(fresh);
    while (m_pendingSteps > 0 && st.isSettled() && !st.isFinished()) {
        if (!st.stepOnce())
            break;
        --m_pendingSteps;
    }
    if (st.isFinished())
        m_pendingSteps = 0;
    if (m_recording.steps() != m_announcedSteps) {
        m_announcedSteps = m_recording.steps();
        emit recordingChanged();
    }
    emit frame();

    if (m_scene.finished() && !m_finishedShown) {
        m_finishedShown = true;
        goLive(); // the lesson reads its result from scene(): the run's end, not the past
        m_frame.stop();
        setPlaying(false);
        emit finished();
    }
}

void RunDriver::setPlaying(bool playing)
{
    if (m_playing == playing)
        return;
    m_playing = playing;
    emit playingChanged(playing);
}

} // namespace widgets
