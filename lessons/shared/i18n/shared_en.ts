<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Shared</name>
    <message>
        <source>Shared variables</source>
        <translation>Shared variables</translation>
    </message>
    <message>
        <source>Finished: g_num = %1. Every thread added to the one global; each count stayed in its own thread's stack.</source>
        <translation>Finished: g_num = %1. Every thread added to the one global; each count stayed in its own thread's stack.</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>&amp;Threads:</translation>
    </message>
    <message>
        <source>Process %1 (this app)</source>
        <translation>Process %1 (this app)</translation>
    </message>
    <message>
        <source>Run as processes (the processes lesson), the same code shares nothing: each child process has its own copy of g_num.</source>
        <translation>Run as processes (the processes lesson), the same code shares nothing: each child process has its own copy of g_num.</translation>
    </message>
    <message>
        <source>Memory map</source>
        <translation>Memory map</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>one global</source>
        <translation>one global</translation>
    </message>
    <message>
        <source>count: a local, on this thread's stack</source>
        <translation>count: a local, on this thread's stack</translation>
    </message>
    <message>
        <source>&amp;Memory map</source>
        <translation>&amp;Memory map</translation>
    </message>
    <message>
        <source>&amp;Code, a marker per thread</source>
        <translation>&amp;Code, a marker per thread</translation>
    </message>
</context>
</TS>