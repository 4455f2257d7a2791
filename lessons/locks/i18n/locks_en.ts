<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Locks</name>
    <message>
        <source>N threads each run n += 1 K times; prints how many updates were lost</source>
        <translation>N threads each run n += 1 K times; prints how many updates were lost</translation>
    </message>
    <message>
        <source>real threads</source>
        <translation>real threads</translation>
    </message>
    <message>
        <source>increments per thread</source>
        <translation>increments per thread</translation>
    </message>
    <message>
        <source>protect read-add-write with a mutex</source>
        <translation>protect read-add-write with a mutex</translation>
    </message>
    <message>
        <source>yield between the read and the write</source>
        <translation>yield between the read and the write</translation>
    </message>
    <message>
        <source>Thread safety and locks</source>
        <translation>Thread safety and locks</translation>
    </message>
    <message>
        <source>shared by all</source>
        <translation>shared by all</translation>
    </message>
    <message>
        <source>want, got</source>
        <translation>want, got</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>&amp;Threads:</translation>
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
        <source>Use the lock</source>
        <translation>Use the lock</translation>
    </message>
    <message>
        <source>Race window</source>
        <translation>Race window</translation>
    </message>
    <message>
        <source>%1 is waiting for the lock: it cannot move until the lock is released.</source>
        <translation>%1 is waiting for the lock: it cannot move until the lock is released.</translation>
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
        <source>Threads</source>
        <translation>Threads</translation>
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
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>How many real threads increment the shared counter n (keys 1–9)</source>
        <translation>How many real threads increment the shared counter n (keys 1–9)</translation>
    </message>
    <message>
        <source>Lock (lock.acquire / release)</source>
        <translation>Lock (lock.acquire / release)</translation>
    </message>
    <message>
        <source>On: a std::mutex protects read-add-write. Off: updates can get lost. (L)</source>
        <translation>On: a std::mutex protects read-add-write. Off: updates can get lost. (L)</translation>
    </message>
    <message>
        <source>Yield between read and write</source>
        <translation>Yield between read and write</translation>
    </message>
    <message>
        <source>Yielding the CPU between the read and the write makes updates get lost even on a single CPU (Y)</source>
        <translation>Yielding the CPU between the read and the write makes updates get lost even on a single CPU (Y)</translation>
    </message>
    <message>
        <source>Lock on or off</source>
        <translation>Lock on or off</translation>
    </message>
    <message>
        <source>Yield between read and write, on or off</source>
        <translation>Yield between read and write, on or off</translation>
    </message>
    <message numerus="yes">
        <source>Run %n thread(s)</source>
        <translation>
            <numerusform>Run %n thread</numerusform>
            <numerusform>Run %n threads</numerusform>
        </translation>
    </message>
    <message>
        <source>acquired</source>
        <translation>acquired</translation>
    </message>
    <message>
        <source>acquire: waits</source>
        <translation>acquire: waits</translation>
    </message>
    <message>
        <source>read n → %1</source>
        <translation>read n → %1</translation>
    </message>
    <message>
        <source>add tmp = %1</source>
        <translation>add tmp = %1</translation>
    </message>
    <message>
        <source>write n ← %1</source>
        <translation>write n ← %1</translation>
    </message>
    <message>
        <source>released</source>
        <translation>released</translation>
    </message>
    <message numerus="yes">
        <source> — overwrote %1's %2: %n update(s) lost</source>
        <translation>
            <numerusform> — overwrote %1's %2: update lost</numerusform>
            <numerusform> — overwrote %1's %2: %n updates lost</numerusform>
        </translation>
    </message>
    <message>
        <source> — overwrote %1's %2</source>
        <translation> — overwrote %1's %2</translation>
    </message>
    <message>
        <source>Full speed: only samples are recorded, the log stops here.</source>
        <translation>Full speed: only samples are recorded, the log stops here.</translation>
    </message>
    <message>
        <source>%1 overwrote %2's %3</source>
        <translation>%1 overwrote %2's %3</translation>
    </message>
    <message>
        <source>Step log</source>
        <translation>Step log</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Runs</translation>
    </message>
    <message>
        <source>Finished in %1 ms: %2 of %3 updates were lost.</source>
        <translation>Finished in %1 ms: %2 of %3 updates were lost.</translation>
    </message>
    <message>
        <source>Finished in %1 ms: no update was lost (%2 of %2).</source>
        <translation>Finished in %1 ms: no update was lost (%2 of %2).</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Increments</source>
        <translation>Increments</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>Finished runs are listed here.</source>
        <translation>Finished runs are listed here.</translation>
    </message>
    <message numerus="yes">
        <source> — overwrote %1's %2, bringing %n lost update(s) back</source>
        <translation>
            <numerusform> — overwrote %1's %2, bringing %n lost update back</numerusform>
            <numerusform> — overwrote %1's %2, bringing %n lost updates back</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 × %3, lock %4</source>
        <translation>%1: %2 × %3, lock %4</translation>
    </message>
    <message>
        <source>%1 lost, %2 ms</source>
        <translation>%1 lost, %2 ms</translation>
    </message>
    <message>
        <source>the same, as Python is usually written:</source>
        <translation>the same, as Python is usually written:</translation>
    </message>
    <message>
        <source>Threads, one lane each</source>
        <translation>Threads, one lane each</translation>
    </message>
</context>
</TS>