<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Processes</name>
    <message>
        <source>starts N child processes that each change their copy of g; prints their PIDs and the parent&apos;s unchanged g</source>
        <translation>启动 N 个子进程，各自修改自己的 g 副本；打印它们的 PID 和父进程未变的 g</translation>
    </message>
    <message>
        <source>real child processes</source>
        <translation>真实的子进程数</translation>
    </message>
    <message>
        <source>Process(target=…) or a subclass of Process</source>
        <translation>Process(target=…) 或 Process 的子类</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>多进程</translation>
    </message>
    <message>
        <source>Bad value &apos;%1&apos; for %2: %3</source>
        <translation>%2 的值“%1”无效：%3</translation>
    </message>
    <message>
        <source>expected a whole number from 1 to %1</source>
        <translation>应为 1 到 %1 之间的整数</translation>
    </message>
    <message>
        <source>expected function or subclass</source>
        <translation>应为 function 或 subclass</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos; for --run processes: the options are %2</source>
        <translation>--run processes 没有选项“%1”：可用的选项有 %2</translation>
    </message>
    <message>
        <source>Option %1 needs a value</source>
        <translation>选项 %1 需要一个值</translation>
    </message>
</context>
</TS>
