<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Processes</name>
    <message>
        <source>starts N child processes that each change their copy of g; prints their PIDs and the parent's unchanged g</source>
        <translation>starts N child processes that each change their copy of g; prints their PIDs and the parent's unchanged g</translation>
    </message>
    <message>
        <source>real child processes</source>
        <translation>real child processes</translation>
    </message>
    <message>
        <source>Process(target=…) or a subclass of Process</source>
        <translation>Process(target=…) or a subclass of Process</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Processes</translation>
    </message>
    <message>
        <source>Bad value '%1' for %2: %3</source>
        <translation>Bad value '%1' for %2: %3</translation>
    </message>
    <message>
        <source>expected a whole number from 1 to %1</source>
        <translation>expected a whole number from 1 to %1</translation>
    </message>
    <message>
        <source>expected function or subclass</source>
        <translation>expected function or subclass</translation>
    </message>
    <message>
        <source>Unknown option '%1' for --run processes: the options are %2</source>
        <translation>Unknown option '%1' for --run processes: the options are %2</translation>
    </message>
    <message>
        <source>Option %1 needs a value</source>
        <translation>Option %1 needs a value</translation>
    </message>
</context>
</TS>