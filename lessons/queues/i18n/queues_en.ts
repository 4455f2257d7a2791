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
</context>
</TS>