<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>locks::LocksContent</name>
    <message>
        <source>shared by all</source>
        <translation>所有线程共享</translation>
    </message>
    <message>
        <source>want, got</source>
        <translation>预期, 实际</translation>
    </message>
</context>
<context>
    <name>locks::LocksControls</name>
    <message>
        <source>&amp;Threads:</source>
        <translation>线程数(&amp;T)：</translation>
    </message>
    <message>
        <source>How many real threads increment the shared counter n</source>
        <translation>有多少个真实线程同时给共享计数器 n 加 1</translation>
    </message>
    <message>
        <source>Number of threads</source>
        <translation>线程数</translation>
    </message>
    <message>
        <source>&amp;Increments each:</source>
        <translation>每个线程加几次(&amp;I)：</translation>
    </message>
    <message>
        <source>How many times each thread runs n += 1</source>
        <translation>每个线程执行多少次 n += 1</translation>
    </message>
    <message>
        <source>Increments per thread</source>
        <translation>每个线程的加法次数</translation>
    </message>
    <message>
        <source>&amp;Lock (lock.acquire / release)</source>
        <translation>加锁(&amp;L)（lock.acquire / release）</translation>
    </message>
    <message>
        <source>On: a std::mutex protects read-add-write. Off: updates can get lost.</source>
        <translation>开：用 std::mutex 保护 读-加-写。关：更新可能丢失。</translation>
    </message>
    <message>
        <source>Use the lock</source>
        <translation>使用锁</translation>
    </message>
    <message>
        <source>Yielding the CPU between the read and the write makes updates get lost even on a single CPU</source>
        <translation>在读和写之间让出 CPU，即使只有一个 CPU 也会丢失更新</translation>
    </message>
    <message>
        <source>Race window</source>
        <translation>竞态窗口</translation>
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
        <source>&amp;Yield between read and write</source>
        <translation>读写之间让出 CPU(&amp;Y)</translation>
    </message>
</context>
<context>
    <name>locks::LocksPanel</name>
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
        <source>%1 is waiting for the lock: it cannot move until the lock is released.</source>
        <translation>%1 正在等待锁：锁被释放之前它不能前进。</translation>
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
        <source>Finished: %1 of %2 updates were lost.</source>
        <translation>运行结束：%2 次更新中丢失了 %1 次。</translation>
    </message>
    <message>
        <source>Finished: no update was lost (%1 of %1).</source>
        <translation>运行结束：没有丢失任何更新（%1 / %1）。</translation>
    </message>
    <message>
        <source>Expected n</source>
        <translation>预期的 n</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Actual n</source>
        <translation>实际的 n</translation>
    </message>
    <message>
        <source>Lost updates</source>
        <translation>丢失的更新</translation>
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
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Try this</source>
        <translation>动手试试</translation>
    </message>
    <message>
        <source>Ask: two threads each add 1 to n three times — what should n be? Point out that n += 1 is three steps: read, add, write.</source>
        <translation>提问：两个线程各给 n 加三次 1，n 应该是多少？指出 n += 1 其实是三步：读、加、写。</translation>
    </message>
    <message>
        <source>Lock off, press Play: the threads read the same n and overwrite each other. Watch &quot;Lost updates&quot; grow. Then tick Lock and play again: nothing is lost, and the second thread waits in the lock&apos;s queue.</source>
        <translation>不加锁，按“播放”：线程读到同一个 n，互相覆盖。观察“丢失的更新”增加。然后勾选“加锁”再播放：没有丢失，第二个线程在锁的队列里等待。</translation>
    </message>
    <message>
        <source>The C++ tab is the code that really runs. The counter is a std::atomic read and written in two separate steps: a race condition without undefined behaviour.</source>
        <translation>C++ 标签页就是真正在运行的代码。计数器是 std::atomic，读和写是分开的两步：这是竞态条件，但没有未定义行为。</translation>
    </message>
    <message>
        <source>Tick &quot;You are the scheduler&quot; and build a lost update in six clicks: T1 read, T2 read, T1 add, T2 add, T1 write, T2 write. Undo, then try it with the lock.</source>
        <translation>勾选“你是调度器”，用六次点击制造一次丢失的更新：T1 读、T2 读、T1 加、T2 加、T1 写、T2 写。撤销，然后加锁再试一次。</translation>
    </message>
    <message>
        <source>Locks lesson</source>
        <translation>锁这一课</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>线程</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>acquire</source>
        <translation>加锁</translation>
    </message>
    <message>
        <source>read</source>
        <translation>读</translation>
    </message>
    <message>
        <source>add</source>
        <translation>加一</translation>
    </message>
    <message>
        <source>write</source>
        <translation>写回</translation>
    </message>
    <message>
        <source>release</source>
        <translation>解锁</translation>
    </message>
</context>
</TS>
