<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Widgets</name>
    <message>
        <source>No code to show</source>
        <translation>没有可显示的代码</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>held by %1</source>
        <translation>持有者：%1</translation>
    </message>
    <message>
        <source>free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>acquired %1×</source>
        <translation>已获取 %1 次</translation>
    </message>
    <message>
        <source>nobody waiting</source>
        <translation>无人等待</translation>
    </message>
    <message>
        <source>waiting in line (%1):</source>
        <translation>排队等待（%1 个）：</translation>
    </message>
    <message>
        <source>No locks</source>
        <translation>没有锁</translation>
    </message>
    <message>
        <source>No shared variables</source>
        <translation>没有共享变量</translation>
    </message>
    <message>
        <source>shared variable</source>
        <translation>共享变量</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未启动</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>waiting for lock</source>
        <translation>等待锁</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>killed</source>
        <translation>已被杀死</translation>
    </message>
    <message>
        <source>○</source>
        <comment>state glyph: not started</comment>
        <translation>○</translation>
    </message>
    <message>
        <source>▶</source>
        <comment>state glyph: running</comment>
        <translation>▶</translation>
    </message>
    <message>
        <source>‖</source>
        <comment>state glyph: ready</comment>
        <translation>‖</translation>
    </message>
    <message>
        <source>⊘</source>
        <comment>state glyph: blocked</comment>
        <translation>⊘</translation>
    </message>
    <message>
        <source>✓</source>
        <comment>state glyph: finished</comment>
        <translation>✓</translation>
    </message>
    <message>
        <source>■</source>
        <comment>state glyph: stopped</comment>
        <translation>■</translation>
    </message>
    <message>
        <source>✗</source>
        <comment>state glyph: killed</comment>
        <translation>✗</translation>
    </message>
    <message>
        <source>µs</source>
        <translation>µs</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>The timeline fills in as the threads run</source>
        <translation>线程运行时，时间线会逐步画出</translation>
    </message>
    <message>
        <source>☞ click or press %1</source>
        <translation>☞ 点我或按 %1</translation>
    </message>
    <message>
        <source>☞ click</source>
        <translation>☞ 点我</translation>
    </message>
    <message>
        <source>%1 steps</source>
        <translation>%1 步</translation>
    </message>
    <message>
        <source>No threads yet</source>
        <translation>还没有线程</translation>
    </message>
    <message>
        <source>⚠ No lock</source>
        <translation>⚠ 没有锁</translation>
    </message>
    <message>
        <source>unprotected</source>
        <translation>未加保护</translation>
    </message>
</context>
</TS>
