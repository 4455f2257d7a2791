<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Threads</name>
    <message>
        <source>threads</source>
        <translation>threads</translation>
    </message>
    <message>
        <source>processes</source>
        <translation>processes</translation>
    </message>
    <message>
        <source>fork failed: %1</source>
        <translation>fork failed: %1</translation>
    </message>
    <message>
        <source>%1 did not run (exit status %2)</source>
        <translation>%1 did not run (exit status %2)</translation>
    </message>
    <message>
        <source>bad value '%1' for --count: expected a whole number from 1 to %2</source>
        <translation>bad value '%1' for --count: expected a whole number from 1 to %2</translation>
    </message>
    <message>
        <source>a main thread creates N named OS threads and joins them; prints their names, TIDs and the PID</source>
        <translation>a main thread creates N named OS threads and joins them; prints their names, TIDs and the PID</translation>
    </message>
    <message>
        <source>threads to create</source>
        <translation>threads to create</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message numerus="yes">
        <source>Finished: the main thread waited at join() for all %n thread(s), then ended.</source>
        <translation>
            <numerusform>Finished: the main thread waited at join() for all %n thread, then ended.</numerusform>
            <numerusform>Finished: the main thread waited at join() for all %n threads, then ended.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished: without join() the main thread did not wait for the others.</source>
        <translation>Finished: without join() the main thread did not wait for the others.</translation>
    </message>
    <message>
        <source>%1 waits in join(): it cannot move until that thread has ended.</source>
        <translation>%1 waits in join(): it cannot move until that thread has ended.</translation>
    </message>
    <message>
        <source>Measuring: creating and ending 1, 10 and 100 threads, then as many processes…</source>
        <translation>Measuring: creating and ending 1, 10 and 100 threads, then as many processes…</translation>
    </message>
    <message>
        <source>Could not start the processes: %1</source>
        <translation>Could not start the processes: %1</translation>
    </message>
    <message>
        <source>Measured: 100 processes took %1 ms, 100 threads %2 ms.</source>
        <translation>Measured: 100 processes took %1 ms, 100 threads %2 ms.</translation>
    </message>
    <message>
        <source>Python: target</source>
        <translation>Python: target</translation>
    </message>
    <message>
        <source>Python: class</source>
        <translation>Python: class</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>&amp;Threads:</translation>
    </message>
    <message>
        <source>target, args</source>
        <translation>target, args</translation>
    </message>
    <message>
        <source>subclass, run()</source>
        <translation>subclass, run()</translation>
    </message>
    <message>
        <source>Thread(target=…, args=…, name=…) or a subclass of Thread that overrides run()</source>
        <translation>Thread(target=…, args=…, name=…) or a subclass of Thread that overrides run()</translation>
    </message>
    <message>
        <source>&amp;join()</source>
        <translation>&amp;join()</translation>
    </message>
    <message>
        <source>&amp;Measure: threads vs processes</source>
        <translation>&amp;Measure: threads vs processes</translation>
    </message>
    <message>
        <source>Process %1 and its threads</source>
        <translation>Process %1 and its threads</translation>
    </message>
    <message>
        <source>Terminal: ps -L -p %1 -o tid,comm</source>
        <translation>Terminal: ps -L -p %1 -o tid,comm</translation>
    </message>
    <message>
        <source>create</source>
        <translation>create</translation>
    </message>
    <message>
        <source>start()</source>
        <translation>start()</translation>
    </message>
    <message>
        <source>work</source>
        <translation>work</translation>
    </message>
    <message>
        <source>join()</source>
        <translation>join()</translation>
    </message>
    <message>
        <source>main done</source>
        <translation>main done</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Creation cost</source>
        <translation>Creation cost</translation>
    </message>
    <message>
        <source>sings</source>
        <translation>sings</translation>
    </message>
    <message>
        <source>dances</source>
        <translation>dances</translation>
    </message>
    <message>
        <source>get name</source>
        <translation>get name</translation>
    </message>
    <message>
        <source>How the threads are made</source>
        <translation>How the threads are made</translation>
    </message>
    <message>
        <source>ms (log)</source>
        <translation>ms (log)</translation>
    </message>
    <message>
        <source>N threads or processes</source>
        <translation>N threads or processes</translation>
    </message>
    <message>
        <source>Threads of the process</source>
        <translation>Threads of the process</translation>
    </message>
</context>
</TS>