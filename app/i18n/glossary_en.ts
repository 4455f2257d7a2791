<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Glossary</name>
    <message>
        <source>synchronous</source>
        <translation>synchronous</translation>
    </message>
    <message>
        <source>asynchronous</source>
        <translation>asynchronous</translation>
    </message>
    <message>
        <source>Synchronous: do task A first, then task B. Asynchronous: tasks A and B run at the same time, either truly at the same instant or taking turns so that over a stretch of time both are running.</source>
        <translation>Synchronous: do task A first, then task B. Asynchronous: tasks A and B run at the same time, either truly at the same instant or taking turns so that over a stretch of time both are running.</translation>
    </message>
    <message>
        <source>parallel</source>
        <translation>parallel</translation>
    </message>
    <message>
        <source>concurrent</source>
        <translation>concurrent</translation>
    </message>
    <message>
        <source>Parallel is true asynchrony: at the same instant several tasks really run, each on its own CPU. Concurrent is apparent asynchrony: only one task runs at any instant, but over a stretch of time all of them make progress. A computer mostly runs things concurrently.</source>
        <translation>Parallel is true asynchrony: at the same instant several tasks really run, each on its own CPU. Concurrent is apparent asynchrony: only one task runs at any instant, but over a stretch of time all of them make progress. A computer mostly runs things concurrently.</translation>
    </message>
    <message>
        <source>process</source>
        <translation>process</translation>
    </message>
    <message>
        <source>thread</source>
        <translation>thread</translation>
    </message>
    <message>
        <source>A program that is running is a process; the system gives each process its own memory. A thread belongs to exactly one process and a process can have many threads. The system allocates resources per process and runs threads.</source>
        <translation>A program that is running is a process; the system gives each process its own memory. A thread belongs to exactly one process and a process can have many threads. The system allocates resources per process and runs threads.</translation>
    </message>
    <message>
        <source>queue</source>
        <translation>queue</translation>
    </message>
    <message>
        <source>stack</source>
        <translation>stack</translation>
    </message>
    <message>
        <source>A queue is first in, first out, like the line at the train-ticket window: put() adds at the back, get() takes from the front. A stack is last in, first out: the item pushed last is taken off first.</source>
        <translation>A queue is first in, first out, like the line at the train-ticket window: put() adds at the back, get() takes from the front. A stack is last in, first out: the item pushed last is taken off first.</translation>
    </message>
    <message>
        <source>producer</source>
        <translation>producer</translation>
    </message>
    <message>
        <source>consumer</source>
        <translation>consumer</translation>
    </message>
    <message>
        <source>Producer threads make data and only put it into a queue; consumer threads only get data from the queue and consume it. The two sides never talk to each other, only to the queue.</source>
        <translation>Producer threads make data and only put it into a queue; consumer threads only get data from the queue and consume it. The two sides never talk to each other, only to the queue.</translation>
    </message>
    <message>
        <source>thread safety</source>
        <translation>thread safety</translation>
    </message>
    <message>
        <source>Code is thread-safe when it stays correct while several threads run it at once. Threads share global variables, so n += 1 in two threads can lose updates; a lock makes them take turns (thread synchronization).</source>
        <translation>Code is thread-safe when it stays correct while several threads run it at once. Threads share global variables, so n += 1 in two threads can lose updates; a lock makes them take turns (thread synchronization).</translation>
    </message>
    <message>
        <source>high cohesion</source>
        <translation>high cohesion</translation>
    </message>
    <message>
        <source>low coupling</source>
        <translation>low coupling</translation>
    </message>
    <message>
        <source>High cohesion: each part does its one job completely. Low coupling: the parts depend on each other as little as possible. Producers and consumers only deal with the queue, so either can change without touching the other.</source>
        <translation>High cohesion: each part does its one job completely. Low coupling: the parts depend on each other as little as possible. Producers and consumers only deal with the queue, so either can change without touching the other.</translation>
    </message>
    <message>
        <source>lock</source>
        <translation>lock</translation>
    </message>
    <message>
        <source>lock = threading.Lock(). The thread that gets the lock with lock.acquire() runs the protected code, then gives the lock back with lock.release(); meanwhile every other thread asking for it waits.</source>
        <translation>lock = threading.Lock(). The thread that gets the lock with lock.acquire() runs the protected code, then gives the lock back with lock.release(); meanwhile every other thread asking for it waits.</translation>
    </message>
    <message>
        <source>process pool</source>
        <translation>process pool</translation>
    </message>
    <message>
        <source>A fixed number of processes (say 5) that share out many tasks (say copying 100 files). More processes is not always better: each one costs time and memory.</source>
        <translation>A fixed number of processes (say 5) that share out many tasks (say copying 100 files). More processes is not always better: each one costs time and memory.</translation>
    </message>
    <message>
        <source>global variable</source>
        <translation>global variable</translation>
    </message>
    <message>
        <source>local variable</source>
        <translation>local variable</translation>
    </message>
    <message>
        <source>A global variable is defined outside every function; a local variable lives inside one function call. Processes share neither. Threads share global variables but not local variables.</source>
        <translation>A global variable is defined outside every function; a local variable lives inside one function call. Processes share neither. Threads share global variables but not local variables.</translation>
    </message>
    <message>
        <source>push onto the stack</source>
        <translation>push onto the stack</translation>
    </message>
    <message>
        <source>Putting an item on top of a stack. Each thread has its own stack: a function call pushes its local variables there, which is why threads do not share local variables.</source>
        <translation>Putting an item on top of a stack. Each thread has its own stack: a function call pushes its local variables there, which is why threads do not share local variables.</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossary</translation>
    </message>
    <message>
        <source>The words of the course notes, each with its partner. In a lesson, point at an underlined term to see its meaning.</source>
        <translation>The words of the course notes, each with its partner. In a lesson, point at an underlined term to see its meaning.</translation>
    </message>
    <message>
        <source>Find a term…</source>
        <translation>Find a term…</translation>
    </message>
    <message>
        <source>No term matches “%1”.</source>
        <translation>No term matches “%1”.</translation>
    </message>
    <message>
        <source>Find a term</source>
        <translation>Find a term</translation>
    </message>
    <message>
        <source>Glossary terms</source>
        <translation>Glossary terms</translation>
    </message>
    <message>
        <source>poison pill</source>
        <translation>poison pill</translation>
    </message>
    <message>
        <source>A special item (None in Python) put into a queue to tell a consumer to stop: the main thread puts one per consumer once the producers are done, and each consumer that gets one leaves its loop.</source>
        <translation>A special item (None in Python) put into a queue to tell a consumer to stop: the main thread puts one per consumer once the producers are done, and each consumer that gets one leaves its loop.</translation>
    </message>
</context>
</TS>