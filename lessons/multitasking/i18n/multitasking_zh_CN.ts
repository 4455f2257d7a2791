<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Multitasking</name>
    <message>
        <source>tasks A and B sync, async, parallel or concurrent; prints the time and the CPUs used</source>
        <translation>任务 A 和 B 以同步、异步、并行或并发方式运行；输出用时和用到的 CPU</translation>
    </message>
    <message>
        <source>how A and B run</source>
        <translation>A 和 B 怎样运行</translation>
    </message>
    <message>
        <source>computing or waiting</source>
        <translation>计算还是等待</translation>
    </message>
    <message>
        <source>Multitasking</source>
        <translation>多任务</translation>
    </message>
    <message>
        <source>♥ window responsive: %1</source>
        <translation>♥ 窗口仍在响应：%1</translation>
    </message>
    <message>
        <source>Async: A and B started with QtConcurrent::run; the window goes on.</source>
        <translation>异步：A 和 B 已用 QtConcurrent::run 启动；窗口继续工作。</translation>
    </message>
    <message>
        <source>Async tasks cannot be paused; Reset cancels them.</source>
        <translation>异步任务不能暂停；按重置可以取消它们。</translation>
    </message>
    <message>
        <source>This run did not happen as asked: %1</source>
        <translation>这次运行没有按要求进行：%1</translation>
    </message>
    <message>
        <source>Finished in %1 ms on CPU %2.</source>
        <translation>完成：用时 %1 毫秒，CPU %2。</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Async</source>
        <translation>异步</translation>
    </message>
    <message>
        <source>Parallel</source>
        <translation>并行</translation>
    </message>
    <message>
        <source>Concurrent</source>
        <translation>并发</translation>
    </message>
    <message>
        <source>CPU-bound: counting primes</source>
        <translation>CPU 密集：数质数</translation>
    </message>
    <message>
        <source>I/O-bound: waiting</source>
        <translation>I/O 密集：等待</translation>
    </message>
    <message>
        <source>Concurrency helps waiting; parallelism helps computing.</source>
        <translation>并发帮助等待，并行帮助计算。</translation>
    </message>
    <message>
        <source>Time slices per CPU</source>
        <translation>每个 CPU 上的时间片</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>总用时</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>CPU:</source>
        <translation>CPU：</translation>
    </message>
    <message>
        <source>CPU %1</source>
        <translation>CPU %1</translation>
    </message>
    <message>
        <source>unknown value &apos;%1&apos; for --mode: expected one of %2</source>
        <translation>--mode 的值 &apos;%1&apos; 无效：应为 %2 之一</translation>
    </message>
    <message>
        <source>unknown value &apos;%1&apos; for --kind: expected one of %2</source>
        <translation>--kind 的值 &apos;%1&apos; 无效：应为 %2 之一</translation>
    </message>
    <message>
        <source>unknown option --%1 for --run tasks: expected --mode or --kind</source>
        <translation>--run tasks 没有选项 --%1：应为 --mode 或 --kind</translation>
    </message>
    <message numerus="yes">
        <source>Parallel needs two CPUs, and this computer lets the classroom use only %n.</source>
        <translation>
            <numerusform>并行需要两个 CPU，而这台电脑只允许本课堂使用 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>CPU %1 does not exist (this computer numbers CPUs 0 to %2)</source>
        <translation>CPU %1 不存在（这台电脑的 CPU 编号为 0 到 %2）</translation>
    </message>
    <message>
        <source>the system refused to pin a thread to CPU %1: %2</source>
        <translation>系统拒绝把线程绑定到 CPU %1：%2</translation>
    </message>
    <message>
        <source>computing</source>
        <translation>计算</translation>
    </message>
    <message>
        <source>waiting, like a download</source>
        <translation>等待，像下载一样</translation>
    </message>
    <message>
        <source>task A: sing</source>
        <translation>任务 A：唱歌</translation>
    </message>
    <message>
        <source>task B: dance</source>
        <translation>任务 B：跳舞</translation>
    </message>
    <message>
        <source>pin this thread</source>
        <translation>把这个线程绑定到一个 CPU</translation>
    </message>
    <message>
        <source>sync: A, then B</source>
        <translation>同步：先 A，再 B</translation>
    </message>
    <message>
        <source>async: start both, carry on at once</source>
        <translation>异步：两个都启动，立刻接着往下走</translation>
    </message>
    <message>
        <source>parallel: two threads, two CPUs</source>
        <translation>并行：两个线程，两个 CPU</translation>
    </message>
    <message>
        <source>concurrent: two threads, one CPU</source>
        <translation>并发：两个线程，一个 CPU</translation>
    </message>
    <message>
        <source>0 for concurrent</source>
        <translation>并发时这里是 0</translation>
    </message>
    <message>
        <source>A sings</source>
        <translation>A 唱歌</translation>
    </message>
    <message>
        <source>B dances</source>
        <translation>B 跳舞</translation>
    </message>
    <message>
        <source>How A and B run</source>
        <translation>A 和 B 怎样运行</translation>
    </message>
    <message>
        <source>Computing or waiting</source>
        <translation>计算还是等待</translation>
    </message>
</context>
</TS>
