<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Queues</name>
    <message>
        <source>Bad value '%1' for %2: %3</source>
        <translation>Bad value '%1' for %2: %3</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation>expected a whole number from %1 to %2</translation>
    </message>
    <message>
        <source>expected fifo or lifo</source>
        <translation>expected fifo or lifo</translation>
    </message>
    <message>
        <source>expected a whole number from 0 (unbounded) to %1</source>
        <translation>expected a whole number from 0 (unbounded) to %1</translation>
    </message>
    <message>
        <source>Unknown option %1 for --run queue: the options are %2</source>
        <translation>Unknown option %1 for --run queue: the options are %2</translation>
    </message>
</context>
</TS>