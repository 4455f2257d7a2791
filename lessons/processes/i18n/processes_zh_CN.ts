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
    <message>
        <source>%1 waits in join(): it cannot move until %2 has ended.</source>
        <translation>%1 在 join() 处等待：%2 结束之前它不能继续。</translation>
    </message>
    <message>
        <source>Sent SIGKILL to P%1, as kill -9 %2 in a terminal.</source>
        <translation>已向 P%1 发送 SIGKILL，和在终端里输入 kill -9 %2 一样。</translation>
    </message>
    <message>
        <source>main · PID %1</source>
        <translation>主进程 · PID %1</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未启动</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>P%1 · PID %2</source>
        <translation>P%1 · PID %2</translation>
    </message>
    <message>
        <source>P%1 · no PID yet</source>
        <translation>P%1 · 还没有 PID</translation>
    </message>
    <message>
        <source>PPID %1</source>
        <translation>PPID %1</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <source>ended, exit code %1</source>
        <translation>已结束，退出码 %1</translation>
    </message>
    <message>
        <source>killed by signal %1</source>
        <translation>被信号 %1 杀死</translation>
    </message>
    <message>
        <source>Send SIGKILL to P%1 (kill -9)</source>
        <translation>向 P%1 发送 SIGKILL（kill -9）</translation>
    </message>
    <message>
        <source>Finished: the parent&apos;s g is %1.</source>
        <translation>完成：父进程的 g 是 %1。</translation>
    </message>
    <message>
        <source>&amp;Children:</source>
        <translation>子进程数(&amp;C)：</translation>
    </message>
    <message>
        <source>procedural: Process(target=…)</source>
        <translation>面向过程：Process(target=…)</translation>
    </message>
    <message>
        <source>object-oriented: MyProcess(Process)</source>
        <translation>面向对象：MyProcess(Process)</translation>
    </message>
    <message>
        <source>Process(target=task, args=(n,)) or a subclass of Process that overrides run()</source>
        <translation>Process(target=…, args=…)，或者重写 run() 的 Process 子类</translation>
    </message>
    <message>
        <source>How the children are written</source>
        <translation>子进程的写法</translation>
    </message>
    <message>
        <source>See them in a terminal: ps -o pid,ppid,cmd --ppid %1</source>
        <translation>在终端里查看它们：ps -o pid,ppid,cmd --ppid %1</translation>
    </message>
    <message>
        <source>p.start()</source>
        <translation>p.start()</translation>
    </message>
    <message>
        <source>p.join()</source>
        <translation>p.join()</translation>
    </message>
    <message>
        <source>print</source>
        <translation>print</translation>
    </message>
    <message>
        <source>run()</source>
        <translation>run()</translation>
    </message>
    <message>
        <source>g += n</source>
        <translation>g += n</translation>
    </message>
    <message>
        <source>work</source>
        <translation>工作</translation>
    </message>
    <message>
        <source>done</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Address spaces</source>
        <translation>地址空间</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Number of child processes</source>
        <translation>子进程的个数</translation>
    </message>
    <message>
        <source>in join() for %1</source>
        <translation>在 join() 等 %1</translation>
    </message>
    <message>
        <source>Finished: the children changed their own copies; the parent&apos;s g is still %1.</source>
        <translation>完成：子进程只改了自己的副本，父进程的 g 仍是 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n killed by signal 9, joined too.</source>
        <translation>
            <numerusform>%n 个被信号 9 杀死，也已 join。</numerusform>
        </translation>
    </message>
    <message>
        <source>ended, unchanged</source>
        <translation>已结束，未变</translation>
    </message>
</context>
</TS>
