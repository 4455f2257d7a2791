<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Pool</name>
    <message>
        <source>Bad value '%1' for --src: expected an existing folder</source>
        <translation>Bad value '%1' for --src: expected an existing folder</translation>
    </message>
    <message>
        <source>Bad value '%1' for --src: it is not a folder</source>
        <translation>Bad value '%1' for --src: it is not a folder</translation>
    </message>
    <message>
        <source>Bad value '%1' for --src: the folder cannot be read</source>
        <translation>Bad value '%1' for --src: the folder cannot be read</translation>
    </message>
    <message>
        <source>Missing --dst: expected a new folder to copy into</source>
        <translation>Missing --dst: expected a new folder to copy into</translation>
    </message>
    <message>
        <source>Bad value '%1' for --dst: it is inside the source folder %2; expected a folder outside it</source>
        <translation>Bad value '%1' for --dst: it is inside the source folder %2; expected a folder outside it</translation>
    </message>
    <message>
        <source>Bad value '%1' for --dst: it exists and is not a folder</source>
        <translation>Bad value '%1' for --dst: it exists and is not a folder</translation>
    </message>
    <message>
        <source>Bad value '%1' for --src: the file %2 cannot be read</source>
        <translation>Bad value '%1' for --src: the file %2 cannot be read</translation>
    </message>
    <message>
        <source>Bad value '%1' for --dst: it already holds %2; existing files are never overwritten, expected a new folder</source>
        <translation>Bad value '%1' for --dst: it already holds %2; existing files are never overwritten, expected a new folder</translation>
    </message>
    <message>
        <source>%1: the copy differs from the source (size or XXH3 hash)</source>
        <translation>%1: the copy differs from the source (size or XXH3 hash)</translation>
    </message>
    <message>
        <source>%1 already exists and differs: not overwritten</source>
        <translation>%1 already exists and differs: not overwritten</translation>
    </message>
    <message>
        <source>folder to copy (not given: a generated folder of 100 files)</source>
        <translation>folder to copy (not given: a generated folder of 100 files)</translation>
    </message>
    <message>
        <source>bytes per read (the notes read 1024)</source>
        <translation>bytes per read (the notes read 1024)</translation>
    </message>
    <message>
        <source>copies a folder with a pool of N worker processes (or threads), verifying every file</source>
        <translation>copies a folder with a pool of N worker processes (or threads), verifying every file</translation>
    </message>
    <message>
        <source>new folder to copy into (required)</source>
        <translation>new folder to copy into (required)</translation>
    </message>
    <message>
        <source>pool size</source>
        <translation>pool size</translation>
    </message>
    <message>
        <source>worker processes or a thread pool</source>
        <translation>worker processes or a thread pool</translation>
    </message>
    <message>
        <source>times the copy with pools of 1, 2, 5, 10, 20, 50 and 100 workers</source>
        <translation>times the copy with pools of 1, 2, 5, 10, 20, 50 and 100 workers</translation>
    </message>
    <message>
        <source>which pools to time</source>
        <translation>which pools to time</translation>
    </message>
    <message>
        <source>Process pool</source>
        <translation>Process pool</translation>
    </message>
    <message>
        <source>Bad value '%1' for %2: %3</source>
        <translation>Bad value '%1' for %2: %3</translation>
    </message>
    <message>
        <source>Unknown option '%1' for --run %2: the options are %3</source>
        <translation>Unknown option '%1' for --run %2: the options are %3</translation>
    </message>
    <message>
        <source>expected a whole number from 1 to %1</source>
        <translation>expected a whole number from 1 to %1</translation>
    </message>
    <message>
        <source>expected process or thread</source>
        <translation>expected process or thread</translation>
    </message>
    <message>
        <source>expected a number of bytes from 1 to %1 (the notes read 1024 at a time)</source>
        <translation>expected a number of bytes from 1 to %1 (the notes read 1024 at a time)</translation>
    </message>
    <message>
        <source>Option %1 needs a value</source>
        <translation>Option %1 needs a value</translation>
    </message>
    <message>
        <source>Cannot create the sample folder in %1</source>
        <translation>Cannot create the sample folder in %1</translation>
    </message>
    <message>
        <source>The copy stopped: %1</source>
        <translation>The copy stopped: %1</translation>
    </message>
    <message>
        <source>%1 waits for a worker to end (pool.join()): it moves when one does.</source>
        <translation>%1 waits for a worker to end (pool.join()): it moves when one does.</translation>
    </message>
    <message>
        <source>Folder to copy</source>
        <translation>Folder to copy</translation>
    </message>
    <message>
        <source>Sent SIGKILL to %1 (kill -9 %2) mid-copy: its file goes back in the queue and a new worker takes its place.</source>
        <translation>Sent SIGKILL to %1 (kill -9 %2) mid-copy: its file goes back in the queue and a new worker takes its place.</translation>
    </message>
    <message>
        <source>Timing the copy with 1, 2, 5, 10, 20, 50 and 100 worker processes, then threads…</source>
        <translation>Timing the copy with 1, 2, 5, 10, 20, 50 and 100 worker processes, then threads…</translation>
    </message>
    <message>
        <source>The copy stopped: %1. Copied and verified: %2 of %3 files.</source>
        <translation>The copy stopped: %1. Copied and verified: %2 of %3 files.</translation>
    </message>
    <message>
        <source>Finished: %1 files (%2) copied and verified by %3 worker processes; %4 replaced after a kill.</source>
        <translation>Finished: %1 files (%2) copied and verified by %3 worker processes; %4 replaced after a kill.</translation>
    </message>
    <message>
        <source>&amp;Workers:</source>
        <translation>&amp;Workers:</translation>
    </message>
    <message>
        <source>&amp;Chunk:</source>
        <translation>&amp;Chunk:</translation>
    </message>
    <message>
        <source>Bytes per read: the notes read 1024 at a time</source>
        <translation>Bytes per read: the notes read 1024 at a time</translation>
    </message>
    <message>
        <source>Sou&amp;rce folder…</source>
        <translation>Sou&amp;rce folder…</translation>
    </message>
    <message>
        <source>Kill a worker that is copying (kill -9)</source>
        <translation>Kill a worker that is copying (kill -9)</translation>
    </message>
    <message>
        <source>&amp;Time N = 1 … 100 workers</source>
        <translation>&amp;Time N = 1 … 100 workers</translation>
    </message>
    <message>
        <source>pool.join()</source>
        <translation>pool.join()</translation>
    </message>
    <message>
        <source>requeue</source>
        <translation>requeue</translation>
    </message>
    <message>
        <source>all done</source>
        <translation>all done</translation>
    </message>
    <message>
        <source>read/write</source>
        <translation>read/write</translation>
    </message>
    <message>
        <source>verify</source>
        <translation>verify</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Workers</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Copy time against pool size</source>
        <translation>Copy time against pool size</translation>
    </message>
    <message>
        <source>process pool</source>
        <translation>process pool</translation>
    </message>
    <message>
        <source>thread pool</source>
        <translation>thread pool</translation>
    </message>
    <message>
        <source>starting the processes</source>
        <translation>starting the processes</translation>
    </message>
    <message>
        <source>workers N (log scale)</source>
        <translation>workers N (log scale)</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>No tasks yet</source>
        <translation>No tasks yet</translation>
    </message>
    <message>
        <source>Waiting %1 · copying %2 · done %3 of %4</source>
        <translation>Waiting %1 · copying %2 · done %3 of %4</translation>
    </message>
    <message>
        <source> · failed %1</source>
        <translation> · failed %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more worker(s) copying</source>
        <translation>
            <numerusform>%n more worker copying</numerusform>
            <numerusform>%n more workers copying</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;Into the new folder:</source>
        <translation>&amp;Into the new folder:</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1</source>
        <translation>
            <numerusform>%n file, %1</numerusform>
            <numerusform>%n files, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot copy it: %1</source>
        <translation>Cannot copy it: %1</translation>
    </message>
    <message>
        <source>New folder the copy goes into</source>
        <translation>New folder the copy goes into</translation>
    </message>
    <message>
        <source>Is more better?</source>
        <translation>Is more better?</translation>
    </message>
    <message>
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <source>take</source>
        <translation>take</translation>
    </message>
    <message>
        <source>Number of worker processes</source>
        <translation>Number of worker processes</translation>
    </message>
    <message>
        <source>Bytes per read</source>
        <translation>Bytes per read</translation>
    </message>
    <message numerus="yes">
        <source>Sweep done: the process pool was fastest with %n worker(s) (%1 ms).</source>
        <translation>
            <numerusform>Sweep done: the process pool was fastest with %n worker (%1 ms).</numerusform>
            <numerusform>Sweep done: the process pool was fastest with %n workers (%1 ms).</numerusform>
        </translation>
    </message>
    <message>
        <source>ms (log scale)</source>
        <translation>ms (log scale)</translation>
    </message>
</context>
</TS>