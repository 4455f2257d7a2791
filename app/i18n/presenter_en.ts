<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Presenter</name>
    <message>
        <source>Presenter view</source>
        <translation>Presenter view</translation>
    </message>
    <message>
        <source>No lesson</source>
        <translation>No lesson</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Elapsed</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>No notes for this slide.</source>
        <translation>No notes for this slide.</translation>
    </message>
    <message>
        <source>Next: (end of the lesson)</source>
        <translation>Next: (end of the lesson)</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Next: %1</translation>
    </message>
</context>
</TS>