<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Skeleton</name>
    <message>
        <source>N threads each take K steps</source>
        <translation>N 个线程各走 K 步</translation>
    </message>
    <message>
        <source>real threads</source>
        <translation>真实线程数</translation>
    </message>
    <message>
        <source>steps each</source>
        <translation>每个线程的步数</translation>
    </message>
    <message>
        <source>Skeleton lesson</source>
        <translation>骨架课</translation>
    </message>
    <message>
        <source>Finished: every thread took its steps.</source>
        <translation>运行结束：每个线程都走完了它的步骤。</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>线程数(&amp;T)：</translation>
    </message>
    <message>
        <source>Number of threads</source>
        <translation>线程数</translation>
    </message>
    <message>
        <source>How many real threads take their steps</source>
        <translation>有多少个真实线程在走它们的步骤</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>线程</translation>
    </message>
    <message>
        <source>tick</source>
        <translation>走一步</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
</context>
</TS>
