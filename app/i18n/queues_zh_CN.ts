<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Queues</name>
    <message>
        <source>Bad value &apos;%1&apos; for %2: %3</source>
        <translation>%2 的值“%1”无效：%3</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation>应为 %1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>expected fifo or lifo</source>
        <translation>应为 fifo 或 lifo</translation>
    </message>
    <message>
        <source>expected a whole number from 0 (unbounded) to %1</source>
        <translation>应为 0（不限大小）到 %1 之间的整数</translation>
    </message>
    <message>
        <source>Unknown option %1 for --run queue: the options are %2</source>
        <translation>--run queue 没有选项 %1：可用的选项有 %2</translation>
    </message>
</context>
</TS>
