<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>locks::LocksContent</name>
    <message>
        <source>shared by all</source>
        <translation>shared by all</translation>
    </message>
    <message>
        <source>want, got</source>
        <translation>want, got</translation>
    </message>
</context>
<context>
    <name>locks::LocksControls</name>
    <message>
        <source>&amp;Threads:</source>
        <translation>&amp;Threads:</translation>
    </message>
    <message>
        <source>How many real threads increment the shared counter n</source>
        <translation>How many real threads increment the shared counter n</translation>
    </message>
    <message>
        <source>Number of threads</source>
        <translation>Number of threads</translation>
    </message>
    <message>
        <source>&amp;Increments each:</source>
        <translation>&amp;Increments each:</translation>
    </message>
    <message>
        <source>How many times each thread runs n += 1</source>
        <translation>How many times each thread runs n += 1</translation>
    </message>
    <message>
        <source>Increments per thread</source>
        <translation>Increments per thread</translation>
    </message>
    <message>
        <source>&amp;Lock (lock.acquire / release)</source>
        <translation>&amp;Lock (lock.acquire / release)</translation>
    </message>
    <message>
        <source>On: a std::mutex protects read-add-write. Off: updates can get lost.</source>
        <translation>On: a std::mutex protects read-add-write. Off: updates can get lost.</translation>
    </message>
    <message>
        <source>Use the lock</source>
        <translation>Use the lock</translation>
    </message>
    <message>
        <source>Yielding the CPU between the read and the write makes updates get lost even on a single CPU</source>
        <translation>Yielding the CPU between the read and the write makes updates get lost even on a single CPU</translation>
    </message>
    <message>
        <source>Race window</source>
        <translation>Race window</translation>
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
        <source>&amp;Yield between read and write</source>
        <translation>&amp;Yield between read and write</translation>
    </message>
</context>
<context>
    <name>locks::LocksPanel</name>
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
        <source>%1 is waiting for the lock: it cannot move until the lock is released.</source>
        <translation>%1 is waiting for the lock: it cannot move until the lock is released.</translation>
    </message>
    <message>
        <source>%1 cannot take a step now.</source>
        <translation>%1 cannot take a step now.</translation>
    </message>
    <message numerus="yes">
        <source>Undo: the threads were run again under the first %n step(s).</source>
        <translation>
            <numerusform>Undo: the threads were run again under the first %n step(s).</numerusform>
            <numerusform>Undo: the threads were run again under the first %n step(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished: %1 of %2 updates were lost.</source>
        <translation>Finished: %1 of %2 updates were lost.</translation>
    </message>
    <message>
        <source>Finished: no update was lost (%1 of %1).</source>
        <translation>Finished: no update was lost (%1 of %1).</translation>
    </message>
    <message>
        <source>Expected n</source>
        <translation>Expected n</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Actual n</source>
        <translation>Actual n</translation>
    </message>
    <message>
        <source>Lost updates</source>
        <translation>Lost updates</translation>
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
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Try this</source>
        <translation>Try this</translation>
    </message>
    <message>
        <source>Ask: two threads each add 1 to n three times — what should n be? Point out that n += 1 is three steps: read, add, write.</source>
        <translation>Ask: two threads each add 1 to n three times — what should n be? Point out that n += 1 is three steps: read, add, write.</translation>
    </message>
    <message>
        <source>Lock off, press Play: the threads read the same n and overwrite each other. Watch "Lost updates" grow. Then tick Lock and play again: nothing is lost, and the second thread waits in the lock's queue.</source>
        <translation>Lock off, press Play: the threads read the same n and overwrite each other. Watch "Lost updates" grow. Then tick Lock and play again: nothing is lost, and the second thread waits in the lock's queue.</translation>
    </message>
    <message>
        <source>The C++ tab is the code that really runs. The counter is a std::atomic read and written in two separate steps: a race condition without undefined behaviour.</source>
        <translation>The C++ tab is the code that really runs. The counter is a std::atomic read and written in two separate steps: a race condition without undefined behaviour.</translation>
    </message>
    <message>
        <source>Tick "You are the scheduler" and build a lost update in six clicks: T1 read, T2 read, T1 add, T2 add, T1 write, T2 write. Undo, then try it with the lock.</source>
        <translation>Tick "You are the scheduler" and build a lost update in six clicks: T1 read, T2 read, T1 add, T2 add, T1 write, T2 write. Undo, then try it with the lock.</translation>
    </message>
    <message>
        <source>Locks lesson</source>
        <translation>Locks lesson</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>acquire</source>
        <translation>acquire</translation>
    </message>
    <message>
        <source>read</source>
        <translation>read</translation>
    </message>
    <message>
        <source>add</source>
        <translation>add</translation>
    </message>
    <message>
        <source>write</source>
        <translation>write</translation>
    </message>
    <message>
        <source>release</source>
        <translation>release</translation>
    </message>
</context>
</TS>