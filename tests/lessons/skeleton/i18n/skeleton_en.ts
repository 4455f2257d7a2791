<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Skeleton</name>
    <message>
        <source>N threads each take K steps</source>
        <translation>N threads each take K steps</translation>
    </message>
    <message>
        <source>real threads</source>
        <translation>real threads</translation>
    </message>
    <message>
        <source>steps each</source>
        <translation>steps each</translation>
    </message>
    <message>
        <source>Skeleton lesson</source>
        <translation>Skeleton lesson</translation>
    </message>
    <message>
        <source>Finished: every thread took its steps.</source>
        <translation>Finished: every thread took its steps.</translation>
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
        <source>How many real threads take their steps</source>
        <translation>How many real threads take their steps</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>tick</source>
        <translation>tick</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
</context>
</TS>