<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Widgets</name>
    <message>
        <source>No code to show</source>
        <translation>No code to show</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>held by %1</source>
        <translation>held by %1</translation>
    </message>
    <message>
        <source>free</source>
        <translation>free</translation>
    </message>
    <message>
        <source>acquired %1×</source>
        <translation>acquired %1×</translation>
    </message>
    <message>
        <source>nobody waiting</source>
        <translation>nobody waiting</translation>
    </message>
    <message>
        <source>waiting in line (%1):</source>
        <translation>waiting in line (%1):</translation>
    </message>
    <message>
        <source>No locks</source>
        <translation>No locks</translation>
    </message>
    <message>
        <source>No shared variables</source>
        <translation>No shared variables</translation>
    </message>
    <message>
        <source>shared variable</source>
        <translation>shared variable</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>ready</translation>
    </message>
    <message>
        <source>waiting for lock</source>
        <translation>waiting for lock</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>finished</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>killed</source>
        <translation>killed</translation>
    </message>
    <message>
        <source>○</source>
        <comment>state glyph: not started</comment>
        <translation>○</translation>
    </message>
    <message>
        <source>▶</source>
        <comment>state glyph: running</comment>
        <translation>▶</translation>
    </message>
    <message>
        <source>‖</source>
        <comment>state glyph: ready</comment>
        <translation>‖</translation>
    </message>
    <message>
        <source>⊘</source>
        <comment>state glyph: blocked</comment>
        <translation>⊘</translation>
    </message>
    <message>
        <source>✓</source>
        <comment>state glyph: finished</comment>
        <translation>✓</translation>
    </message>
    <message>
        <source>■</source>
        <comment>state glyph: stopped</comment>
        <translation>■</translation>
    </message>
    <message>
        <source>✗</source>
        <comment>state glyph: killed</comment>
        <translation>✗</translation>
    </message>
    <message>
        <source>µs</source>
        <translation>µs</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>The timeline fills in as the threads run</source>
        <translation>The timeline fills in as the threads run</translation>
    </message>
    <message>
        <source>☞ click or press %1</source>
        <translation>☞ click or press %1</translation>
    </message>
    <message>
        <source>☞ click</source>
        <translation>☞ click</translation>
    </message>
    <message>
        <source>No threads yet</source>
        <translation>No threads yet</translation>
    </message>
    <message>
        <source>⚠ No lock</source>
        <translation>⚠ No lock</translation>
    </message>
    <message>
        <source>unprotected</source>
        <translation>unprotected</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation>expected a whole number from %1 to %2</translation>
    </message>
    <message>
        <source>expected %1 or %2</source>
        <translation>expected %1 or %2</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>expected one of %1</translation>
    </message>
    <message>
        <source>Bad value '%1' for %2: %3</source>
        <translation>Bad value '%1' for %2: %3</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Try this</source>
        <translation>Try this</translation>
    </message>
    <message>
        <source>Lesson pages</source>
        <translation>Lesson pages</translation>
    </message>
    <message>
        <source>Reset: every thread joined; ready to run again.</source>
        <translation>Reset: every thread joined; ready to run again.</translation>
    </message>
    <message>
        <source>Settings changed: the run starts over.</source>
        <translation>Settings changed: the run starts over.</translation>
    </message>
    <message>
        <source>You are the scheduler: click a thread (or press 1–9) to let it take one step.</source>
        <translation>You are the scheduler: click a thread (or press 1–9) to let it take one step.</translation>
    </message>
    <message>
        <source>%1 is blocked: it cannot move until what it waits for is free.</source>
        <translation>%1 is blocked: it cannot move until what it waits for is free.</translation>
    </message>
    <message>
        <source>%1 cannot take a step now.</source>
        <translation>%1 cannot take a step now.</translation>
    </message>
    <message numerus="yes">
        <source>Undo: the threads were run again under the first %n step(s).</source>
        <translation>
            <numerusform>Undo: the threads were run again under the first %n step.</numerusform>
            <numerusform>Undo: the threads were run again under the first %n steps.</numerusform>
        </translation>
    </message>
    <message>
        <source>You are the &amp;scheduler</source>
        <translation>You are the &amp;scheduler</translation>
    </message>
    <message>
        <source>Every thread waits for you: click a thread (or press its number) to let it take one step</source>
        <translation>Every thread waits for you: click a thread (or press its number) to let it take one step</translation>
    </message>
    <message>
        <source>Scheduler mode</source>
        <translation>Scheduler mode</translation>
    </message>
    <message>
        <source>&amp;Undo step</source>
        <translation>&amp;Undo step</translation>
    </message>
    <message>
        <source>Re-runs the real threads with every step but the last (Ctrl+Z)</source>
        <translation>Re-runs the real threads with every step but the last (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo the last step</source>
        <translation>Undo the last step</translation>
    </message>
    <message>
        <source>global, shared</source>
        <translation>global, shared</translation>
    </message>
    <message>
        <source>Stacks: one per thread, its own locals (last in, first out)</source>
        <translation>Stacks: one per thread, its own locals (last in, first out)</translation>
    </message>
    <message>
        <source>No process yet</source>
        <translation>No process yet</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Process</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>expected %1</translation>
    </message>
    <message>
        <source>expected a number from %1 to %2</source>
        <translation>expected a number from %1 to %2</translation>
    </message>
    <message>
        <source>Replay: the same run again (seed %1).</source>
        <translation>Replay: the same run again (seed %1).</translation>
    </message>
    <message>
        <source>waiting in join()</source>
        <translation>waiting in join()</translation>
    </message>
    <message>
        <source>Let thread %1 take one step (scheduler)</source>
        <translation>Let thread %1 take one step (scheduler)</translation>
    </message>
    <message>
        <source>Undo the last step (scheduler)</source>
        <translation>Undo the last step (scheduler)</translation>
    </message>
    <message>
        <source>Playing: you are no longer the scheduler (tick it again to grant steps by hand).</source>
        <translation>Playing: you are no longer the scheduler (tick it again to grant steps by hand).</translation>
    </message>
    <message>
        <source>Playing.</source>
        <translation>Playing.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message>
        <source>Stacks (last in, first out)</source>
        <translation>Stacks (last in, first out)</translation>
    </message>
    <message>
        <source>update lost</source>
        <translation>update lost</translation>
    </message>
    <message>
        <source>Step log</source>
        <translation>Step log</translation>
    </message>
    <message>
        <source>Each step will be logged here.</source>
        <translation>Each step will be logged here.</translation>
    </message>
    <message>
        <source>Playing: back to the live run, which goes on from step %1.</source>
        <translation>Playing: back to the live run, which goes on from step %1.</translation>
    </message>
    <message numerus="yes">
        <source>Replayed to step %1 on fresh threads (the same %n grant(s)): you are the scheduler from here.</source>
        <translation>
            <numerusform>Replayed to step %1 on fresh threads (the same %n grant): you are the scheduler from here.</numerusform>
            <numerusform>Replayed to step %1 on fresh threads (the same %n grants): you are the scheduler from here.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replay from here</source>
        <translation>Replay from here</translation>
    </message>
    <message>
        <source>Runs fresh threads under the grants up to the step shown, so you schedule on from there (Ctrl+Z)</source>
        <translation>Runs fresh threads under the grants up to the step shown, so you schedule on from there (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Replay from the step shown</source>
        <translation>Replay from the step shown</translation>
    </message>
    <message>
        <source>Look one step back in the recorded run</source>
        <translation>Look one step back in the recorded run</translation>
    </message>
    <message>
        <source>Look one step forward in the recorded run</source>
        <translation>Look one step forward in the recorded run</translation>
    </message>
    <message>
        <source>Checkpoint calls</source>
        <translation>Checkpoint calls</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>lock box header: the lock's variable name in the code; say it is a lock</comment>
        <translation>%1</translation>
    </message>
    <message>
        <source>waiting to put</source>
        <translation>waiting to put</translation>
    </message>
    <message>
        <source>waiting to get</source>
        <translation>waiting to get</translation>
    </message>
    <message>
        <source>waiting in wait()</source>
        <translation>waiting in wait()</translation>
    </message>
    <message>
        <source>sleeping</source>
        <translation>sleeping</translation>
    </message>
    <message>
        <source>waiting for I/O</source>
        <translation>waiting for I/O</translation>
    </message>
    <message>
        <source>Show or hide the stage's checkpoint calls (Code slide)</source>
        <translation>Show or hide the stage's checkpoint calls (Code slide)</translation>
    </message>
    <message>
        <source>Paused at step %1: Play goes on, Step takes one step.</source>
        <translation>Paused at step %1: Play goes on, Step takes one step.</translation>
    </message>
</context>
</TS>