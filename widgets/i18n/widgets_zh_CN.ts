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
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation>应为 %1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>expected %1 or %2</source>
        <translation>应为 %1 或 %2</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>应为以下之一：%1</translation>
    </message>
    <message>
        <source>Bad value &apos;%1&apos; for %2: %3</source>
        <translation>%2 的值“%1”无效：%3</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>讲解</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>Try this</source>
        <translation>动手试试</translation>
    </message>
    <message>
        <source>Lesson pages</source>
        <translation>课程页面</translation>
    </message>
    <message>
        <source>Reset: every thread joined; ready to run again.</source>
        <translation>已重置：所有线程都已 join，可以重新运行。</translation>
    </message>
    <message>
        <source>Settings changed: the run starts over.</source>
        <translation>设置已更改：重新开始运行。</translation>
    </message>
    <message>
        <source>You are the scheduler: click a thread (or press 1–9) to let it take one step.</source>
        <translation>你是调度器：点击一个线程（或按 1–9），让它走一步。</translation>
    </message>
    <message>
        <source>%1 is blocked: it cannot move until what it waits for is free.</source>
        <translation>%1 被阻塞：在它等待的东西空出来之前，它不能前进。</translation>
    </message>
    <message>
        <source>%1 cannot take a step now.</source>
        <translation>%1 现在不能走下一步。</translation>
    </message>
    <message numerus="yes">
        <source>Undo: the threads were run again under the first %n step(s).</source>
        <translation>
            <numerusform>撤销：线程按照前 %n 步重新运行了一遍。</numerusform>
        </translation>
    </message>
    <message>
        <source>You are the &amp;scheduler</source>
        <translation>你是调度器(&amp;S)</translation>
    </message>
    <message>
        <source>Every thread waits for you: click a thread (or press its number) to let it take one step</source>
        <translation>每个线程都等你发令：点击一个线程（或按它的数字键），让它走一步</translation>
    </message>
    <message>
        <source>Scheduler mode</source>
        <translation>调度器模式</translation>
    </message>
    <message>
        <source>&amp;Undo step</source>
        <translation>撤销一步(&amp;U)</translation>
    </message>
    <message>
        <source>Re-runs the real threads with every step but the last (Ctrl+Z)</source>
        <translation>让真实线程重新运行一遍，只是少了最后一步（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Undo the last step</source>
        <translation>撤销最后一步</translation>
    </message>
    <message>
        <source>global, shared</source>
        <translation>全局变量，共享</translation>
    </message>
    <message>
        <source>Stacks: one per thread, its own locals (last in, first out)</source>
        <translation>栈：每个线程一个，放自己的局部变量（后进先出）</translation>
    </message>
    <message>
        <source>No process yet</source>
        <translation>还没有进程</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>进程</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>应为 %1</translation>
    </message>
    <message>
        <source>expected a number from %1 to %2</source>
        <translation>应为 %1 到 %2 之间的数</translation>
    </message>
    <message>
        <source>Replay: the same run again (seed %1).</source>
        <translation>重放：同样的运行再来一次（种子 %1）。</translation>
    </message>
    <message>
        <source>waiting in join()</source>
        <translation>在 join() 处等待</translation>
    </message>
    <message>
        <source>Let thread %1 take one step (scheduler)</source>
        <translation>让线程 %1 走一步（调度器）</translation>
    </message>
    <message>
        <source>Undo the last step (scheduler)</source>
        <translation>撤销上一步（调度器）</translation>
    </message>
    <message>
        <source>Playing: you are no longer the scheduler (tick it again to grant steps by hand).</source>
        <translation>正在播放：你不再是调度器（再次勾选即可手动让线程走步）。</translation>
    </message>
    <message>
        <source>Playing.</source>
        <translation>正在播放。</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n 步</numerusform>
        </translation>
    </message>
    <message>
        <source>Stacks (last in, first out)</source>
        <translation>栈（后进先出）</translation>
    </message>
    <message>
        <source>update lost</source>
        <translation>更新丢失</translation>
    </message>
    <message>
        <source>Step log</source>
        <translation>步骤日志</translation>
    </message>
    <message>
        <source>Each step will be logged here.</source>
        <translation>每一步都会记在这里。</translation>
    </message>
    <message>
        <source>Playing: back to the live run, which goes on from step %1.</source>
        <translation>正在播放：回到实时运行，从第 %1 步继续。</translation>
    </message>
    <message numerus="yes">
        <source>Replayed to step %1 on fresh threads (the same %n grant(s)): you are the scheduler from here.</source>
        <translation>
            <numerusform>已用新线程重放到第 %1 步（同样的 %n 次放行）：从这里起由你调度。</numerusform>
        </translation>
    </message>
    <message>
        <source>Replay from here</source>
        <translation>从这里重放</translation>
    </message>
    <message>
        <source>Runs fresh threads under the grants up to the step shown, so you schedule on from there (Ctrl+Z)</source>
        <translation>用新线程按到所示这一步为止的放行重跑一遍，你从那里接着调度（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Replay from the step shown</source>
        <translation>从所示这一步重放</translation>
    </message>
    <message>
        <source>Look one step back in the recorded run</source>
        <translation>在录下的运行中往回看一步</translation>
    </message>
    <message>
        <source>Look one step forward in the recorded run</source>
        <translation>在录下的运行中往前看一步</translation>
    </message>
    <message>
        <source>Checkpoint calls</source>
        <translation>检查点调用</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>lock box header: the lock&apos;s variable name in the code; say it is a lock</comment>
        <translation>锁 %1</translation>
    </message>
    <message>
        <source>waiting to put</source>
        <translation>等待放入</translation>
    </message>
    <message>
        <source>waiting to get</source>
        <translation>等待取出</translation>
    </message>
    <message>
        <source>waiting in wait()</source>
        <translation>在 wait() 中等待</translation>
    </message>
    <message>
        <source>sleeping</source>
        <translation>休眠中</translation>
    </message>
    <message>
        <source>waiting for I/O</source>
        <translation>等待 I/O</translation>
    </message>
    <message>
        <source>Show or hide the stage&apos;s checkpoint calls (Code slide)</source>
        <translation>显示或隐藏舞台的检查点调用（代码页）</translation>
    </message>
    <message>
        <source>Paused at step %1: Play goes on, Step takes one step.</source>
        <translation>已暂停在第 %1 步：播放则继续，单步则走一步。</translation>
    </message>
</context>
</TS>
