<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Course</name>
    <message>
        <source>Multitasking</source>
        <translation>Multitasking</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>Shared variables</source>
        <translation>Shared variables</translation>
    </message>
</context>
</TS>