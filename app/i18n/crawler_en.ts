<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Crawler</name>
    <message>
        <source>Bad value '%1' for %2: %3</source>
        <translation>Bad value '%1' for %2: %3</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation>expected a whole number from %1 to %2</translation>
    </message>
    <message>
        <source>expected a whole number from 0 (unbounded) to %1</source>
        <translation>expected a whole number from 0 (unbounded) to %1</translation>
    </message>
    <message>
        <source>expected milliseconds, a whole number from 0 to %1</source>
        <translation>expected milliseconds, a whole number from 0 to %1</translation>
    </message>
    <message>
        <source>expected a number from 0 to 1, e.g. 0.1</source>
        <translation>expected a number from 0 to 1, e.g. 0.1</translation>
    </message>
    <message>
        <source>expected threads or single</source>
        <translation>expected threads or single</translation>
    </message>
    <message>
        <source>expected a file name</source>
        <translation>expected a file name</translation>
    </message>
    <message>
        <source>Unknown option %1 for --run crawler: the options are %2</source>
        <translation>Unknown option %1 for --run crawler: the options are %2</translation>
    </message>
    <message>
        <source>expected a file that can be written, in a folder that exists</source>
        <translation>expected a file that can be written, in a folder that exists</translation>
    </message>
    <message>
        <source>page %1: %2</source>
        <translation>page %1: %2</translation>
    </message>
</context>
</TS>