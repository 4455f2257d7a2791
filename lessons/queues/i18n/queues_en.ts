<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Queues</name>
    <message>
        <source>P producers put K items into a bounded queue, C consumers take them; checks each is taken once, in the queue's order</source>
        <translation>P producers put K items into a bounded queue, C consumers take them; checks each is taken once, in the queue's order</translation>
    </message>
    <message>
        <source>queue.Queue (fifo) or queue.LifoQueue (lifo)</source>
        <translation>queue.Queue (fifo) or queue.LifoQueue (lifo)</translation>
    </message>
    <message>
        <source>the queue's maxsize, 0 = unbounded</source>
        <translation>the queue's maxsize, 0 = unbounded</translation>
    </message>
    <message>
        <source>producer threads</source>
        <translation>producer threads</translation>
    </message>
    <message>
        <source>consumer threads</source>
        <translation>consumer threads</translation>
    </message>
    <message>
        <source>items in all</source>
        <translation>items in all</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Queues</translation>
    </message>
    <message>
        <source>%1 is waiting at the queue: it cannot move until another call makes room or puts an item in.</source>
        <translation>%1 is waiting at the queue: it cannot move until another call makes room or puts an item in.</translation>
    </message>
    <message>
        <source>%1: one thread per queue makes the call.</source>
        <translation>%1: one thread per queue makes the call.</translation>
    </message>
    <message>
        <source>&amp;maxsize:</source>
        <translation>&amp;maxsize:</translation>
    </message>
    <message>
        <source>Queue size limit (maxsize)</source>
        <translation>Queue size limit (maxsize)</translation>
    </message>
    <message>
        <source>How many items each queue holds; 0 = no limit</source>
        <translation>How many items each queue holds; 0 = no limit</translation>
    </message>
    <message>
        <source>Put the next number in; waits while the queue is full</source>
        <translation>Put the next number in; waits while the queue is full</translation>
    </message>
    <message>
        <source>Take an item out; waits while the queue is empty</source>
        <translation>Take an item out; waits while the queue is empty</translation>
    </message>
    <message>
        <source>Put the next number in without waiting; raises queue.Full when full</source>
        <translation>Put the next number in without waiting; raises queue.Full when full</translation>
    </message>
    <message>
        <source>Take an item out without waiting; raises queue.Empty when empty</source>
        <translation>Take an item out without waiting; raises queue.Empty when empty</translation>
    </message>
    <message>
        <source>Is the queue full?</source>
        <translation>Is the queue full?</translation>
    </message>
    <message>
        <source>Is the queue empty?</source>
        <translation>Is the queue empty?</translation>
    </message>
    <message>
        <source>How many items are in the queue?</source>
        <translation>How many items are in the queue?</translation>
    </message>
    <message>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <source>out</source>
        <translation>out</translation>
    </message>
    <message>
        <source>in and out</source>
        <translation>in and out</translation>
    </message>
    <message>
        <source>never full</source>
        <translation>never full</translation>
    </message>
    <message>
        <source>Waiting to put:</source>
        <translation>Waiting to put:</translation>
    </message>
    <message>
        <source>Waiting to get:</source>
        <translation>Waiting to get:</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>Calls, newest first</source>
        <translation>Calls, newest first</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>Press a button to make a call.</source>
        <translation>Press a button to make a call.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>first in, first out</source>
        <translation>first in, first out</translation>
    </message>
    <message>
        <source>last in, first out</source>
        <translation>last in, first out</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>FIFO: first in, first out</source>
        <translation>FIFO: first in, first out</translation>
    </message>
    <message>
        <source>LIFO: last in, first out</source>
        <translation>LIFO: last in, first out</translation>
    </message>
    <message>
        <source>one thread per button</source>
        <translation>one thread per button</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Call %1</translation>
    </message>
</context>
</TS>