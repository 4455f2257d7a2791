<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Multitasking</name>
    <message>
        <source>tasks A and B sync, async, parallel or concurrent; prints the time and the CPUs used</source>
        <translation>tasks A and B sync, async, parallel or concurrent; prints the time and the CPUs used</translation>
    </message>
    <message>
        <source>how A and B run</source>
        <translation>how A and B run</translation>
    </message>
    <message>
        <source>computing or waiting</source>
        <translation>computing or waiting</translation>
    </message>
    <message>
        <source>Multitasking</source>
        <translation>Multitasking</translation>
    </message>
    <message>
        <source>♥ window responsive: %1</source>
        <translation>♥ window responsive: %1</translation>
    </message>
    <message>
        <source>Async: A and B started with QtConcurrent::run; the window goes on.</source>
        <translation>Async: A and B started with QtConcurrent::run; the window goes on.</translation>
    </message>
    <message>
        <source>Async tasks cannot be paused; Reset cancels them.</source>
        <translation>Async tasks cannot be paused; Reset cancels them.</translation>
    </message>
    <message>
        <source>This run did not happen as asked: %1</source>
        <translation>This run did not happen as asked: %1</translation>
    </message>
    <message>
        <source>Finished in %1 ms on CPU %2.</source>
        <translation>Finished in %1 ms on CPU %2.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Async</source>
        <translation>Async</translation>
    </message>
    <message>
        <source>Parallel</source>
        <translation>Parallel</translation>
    </message>
    <message>
        <source>Concurrent</source>
        <translation>Concurrent</translation>
    </message>
    <message>
        <source>CPU-bound: counting primes</source>
        <translation>CPU-bound: counting primes</translation>
    </message>
    <message>
        <source>I/O-bound: waiting</source>
        <translation>I/O-bound: waiting</translation>
    </message>
    <message>
        <source>Concurrency helps waiting; parallelism helps computing.</source>
        <translation>Concurrency helps waiting; parallelism helps computing.</translation>
    </message>
    <message>
        <source>Time slices per CPU</source>
        <translation>Time slices per CPU</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totals</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>CPU:</source>
        <translation>CPU:</translation>
    </message>
    <message>
        <source>CPU %1</source>
        <translation>CPU %1</translation>
    </message>
    <message>
        <source>unknown value '%1' for --mode: expected one of %2</source>
        <translation>unknown value '%1' for --mode: expected one of %2</translation>
    </message>
    <message>
        <source>unknown value '%1' for --kind: expected one of %2</source>
        <translation>unknown value '%1' for --kind: expected one of %2</translation>
    </message>
    <message>
        <source>unknown option --%1 for --run tasks: expected --mode or --kind</source>
        <translation>unknown option --%1 for --run tasks: expected --mode or --kind</translation>
    </message>
    <message numerus="yes">
        <source>Parallel needs two CPUs, and this computer lets the classroom use only %n.</source>
        <translation><numerusform>Parallel needs two CPUs, and this computer lets the classroom use only %n.</numerusform><numerusform>Parallel needs two CPUs, and this computer lets the classroom use only %n.</numerusform></translation>
    </message>
    <message>
        <source>CPU %1 does not exist (this computer numbers CPUs 0 to %2)</source>
        <translation>CPU %1 does not exist (this computer numbers CPUs 0 to %2)</translation>
    </message>
    <message>
        <source>the system refused to pin a thread to CPU %1: %2</source>
        <translation>the system refused to pin a thread to CPU %1: %2</translation>
    </message>
    <message>
        <source>computing</source>
        <translation>computing</translation>
    </message>
    <message>
        <source>waiting, like a download</source>
        <translation>waiting, like a download</translation>
    </message>
    <message>
        <source>task A: sing</source>
        <translation>task A: sing</translation>
    </message>
    <message>
        <source>task B: dance</source>
        <translation>task B: dance</translation>
    </message>
    <message>
        <source>pin this thread</source>
        <translation>pin this thread</translation>
    </message>
    <message>
        <source>sync: A, then B</source>
        <translation>sync: A, then B</translation>
    </message>
    <message>
        <source>async: start both, carry on at once</source>
        <translation>async: start both, carry on at once</translation>
    </message>
    <message>
        <source>parallel: two threads, two CPUs</source>
        <translation>parallel: two threads, two CPUs</translation>
    </message>
    <message>
        <source>concurrent: two threads, one CPU</source>
        <translation>concurrent: two threads, one CPU</translation>
    </message>
    <message>
        <source>0 for concurrent</source>
        <translation>0 for concurrent</translation>
    </message>
    <message>
        <source>A sings</source>
        <translation>A sings</translation>
    </message>
    <message>
        <source>B dances</source>
        <translation>B dances</translation>
    </message>
    <message>
        <source>How A and B run</source>
        <translation>How A and B run</translation>
    </message>
    <message>
        <source>Computing or waiting</source>
        <translation>Computing or waiting</translation>
    </message>
</context>
</TS>