<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Threads</name>
    <message>
        <source>threads</source>
        <translation>线程</translation>
    </message>
    <message>
        <source>processes</source>
        <translation>进程</translation>
    </message>
    <message>
        <source>fork failed: %1</source>
        <translation>fork 失败：%1</translation>
    </message>
    <message>
        <source>%1 did not run (exit status %2)</source>
        <translation>%1 没有运行（退出状态 %2）</translation>
    </message>
    <message>
        <source>bad value &apos;%1&apos; for --count: expected a whole number from 1 to %2</source>
        <translation>--count 的值 &apos;%1&apos; 无效：应为 1 到 %2 的整数</translation>
    </message>
    <message>
        <source>a main thread creates N named OS threads and joins them; prints their names, TIDs and the PID</source>
        <translation>主线程创建 N 个有名字的操作系统线程并 join 它们；输出名字、TID 和 PID</translation>
    </message>
    <message>
        <source>threads to create</source>
        <translation>要创建的线程数</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>多线程</translation>
    </message>
    <message numerus="yes">
        <source>Finished: the main thread waited at join() for all %n thread(s), then ended.</source>
        <translation>
            <numerusform>完成：主线程在 join() 处等待全部 %n 个线程，然后结束。</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished: without join() the main thread did not wait for the others.</source>
        <translation>完成：没有 join()，主线程没有等待其他线程。</translation>
    </message>
    <message>
        <source>%1 waits in join(): it cannot move until that thread has ended.</source>
        <translation>%1 在 join() 中等待：那个线程结束之前它不能继续。</translation>
    </message>
    <message>
        <source>Measuring: creating and ending 1, 10 and 100 threads, then as many processes…</source>
        <translation>正在测量：创建并结束 1、10、100 个线程，再创建同样多的进程……</translation>
    </message>
    <message>
        <source>Could not start the processes: %1</source>
        <translation>无法启动进程：%1</translation>
    </message>
    <message>
        <source>Measured: 100 processes took %1 ms, 100 threads %2 ms.</source>
        <translation>测量结果：100 个进程用时 %1 毫秒，100 个线程用时 %2 毫秒。</translation>
    </message>
    <message>
        <source>Python: target</source>
        <translation>Python：target</translation>
    </message>
    <message>
        <source>Python: class</source>
        <translation>Python：类</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>线程数(&amp;T)：</translation>
    </message>
    <message>
        <source>target, args</source>
        <translation>target, args（面向过程）</translation>
    </message>
    <message>
        <source>subclass, run()</source>
        <translation>子类 run()（面向对象）</translation>
    </message>
    <message>
        <source>Thread(target=…, args=…, name=…) or a subclass of Thread that overrides run()</source>
        <translation>Thread(target=…, args=…, name=…)，或者继承 Thread 并重写 run()</translation>
    </message>
    <message>
        <source>&amp;join()</source>
        <translation>&amp;join()</translation>
    </message>
    <message>
        <source>&amp;Measure: threads vs processes</source>
        <translation>测量：线程与进程(&amp;M)</translation>
    </message>
    <message>
        <source>Process %1 and its threads</source>
        <translation>进程 %1 和它的线程</translation>
    </message>
    <message>
        <source>Terminal: ps -L -p %1 -o tid,comm</source>
        <translation>终端：ps -L -p %1 -o tid,comm</translation>
    </message>
    <message>
        <source>create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>start()</source>
        <translation>start()</translation>
    </message>
    <message>
        <source>work</source>
        <translation>工作</translation>
    </message>
    <message>
        <source>join()</source>
        <translation>join()</translation>
    </message>
    <message>
        <source>main done</source>
        <translation>主线程结束</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Creation cost</source>
        <translation>创建开销</translation>
    </message>
    <message>
        <source>sings</source>
        <translation>唱歌</translation>
    </message>
    <message>
        <source>dances</source>
        <translation>跳舞</translation>
    </message>
    <message>
        <source>get name</source>
        <translation>取名字</translation>
    </message>
    <message>
        <source>How the threads are made</source>
        <translation>线程的创建方式</translation>
    </message>
    <message>
        <source>ms (log)</source>
        <translation>毫秒（对数）</translation>
    </message>
    <message>
        <source>N threads or processes</source>
        <translation>线程或进程个数 N</translation>
    </message>
    <message>
        <source>Threads of the process</source>
        <translation>进程的线程</translation>
    </message>
</context>
</TS>
