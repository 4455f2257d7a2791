<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Crawler</name>
    <message>
        <source>Bad value &apos;%1&apos; for %2: %3</source>
        <translation>%2 的值“%1”无效：%3</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation>应为 %1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>expected a whole number from 0 (unbounded) to %1</source>
        <translation>应为 0（不限大小）到 %1 之间的整数</translation>
    </message>
    <message>
        <source>expected milliseconds, a whole number from 0 to %1</source>
        <translation>应为毫秒数，0 到 %1 之间的整数</translation>
    </message>
    <message>
        <source>expected a number from 0 to 1, e.g. 0.1</source>
        <translation>应为 0 到 1 之间的数，例如 0.1</translation>
    </message>
    <message>
        <source>expected threads or single</source>
        <translation>应为 threads 或 single</translation>
    </message>
    <message>
        <source>expected a file name</source>
        <translation>应为文件名</translation>
    </message>
    <message>
        <source>Unknown option %1 for --run crawler: the options are %2</source>
        <translation>--run crawler 没有选项 %1：可用的选项有 %2</translation>
    </message>
    <message>
        <source>expected a file that can be written, in a folder that exists</source>
        <translation>应为可写入的文件，且所在文件夹已存在</translation>
    </message>
    <message>
        <source>page %1: %2</source>
        <translation>第 %1 页：%2</translation>
    </message>
</context>
</TS>
