<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Shared</name>
    <message>
        <source>Shared variables</source>
        <translation>共享变量</translation>
    </message>
    <message>
        <source>Finished: g_num = %1. Every thread added to the one global; each count stayed in its own thread&apos;s stack.</source>
        <translation>完成：g_num = %1。每个线程都加到同一个全局变量上；每个 count 都留在自己线程的栈里。</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>线程数(&amp;T)：</translation>
    </message>
    <message>
        <source>Process %1 (this app)</source>
        <translation>进程 %1（本程序）</translation>
    </message>
    <message>
        <source>Run as processes (the processes lesson), the same code shares nothing: each child process has its own copy of g_num.</source>
        <translation>如果用进程运行（见多进程一课），同样的代码什么都不共享：每个子进程都有自己的一份 g_num。</translation>
    </message>
    <message>
        <source>Memory map</source>
        <translation>内存图</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>线程</translation>
    </message>
    <message>
        <source>one global</source>
        <translation>一个全局变量</translation>
    </message>
    <message>
        <source>count: a local, on this thread&apos;s stack</source>
        <translation>count：局部变量，在本线程自己的栈上</translation>
    </message>
    <message>
        <source>&amp;Memory map</source>
        <translation>内存图(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Code, a marker per thread</source>
        <translation>代码，每个线程一个标记(&amp;C)</translation>
    </message>
</context>
</TS>
