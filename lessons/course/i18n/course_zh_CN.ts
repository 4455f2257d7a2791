<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Course</name>
    <message>
        <source>Multitasking</source>
        <translation>多任务</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>多线程</translation>
    </message>
    <message>
        <source>Shared variables</source>
        <translation>共享变量</translation>
    </message>
</context>
</TS>
