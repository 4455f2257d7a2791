<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Locks</name>
    <message>
        <source>N threads each run n += 1 K times; prints how many updates were lost</source>
        <translation>N 个线程各执行 K 次 n += 1；输出丢失了多少次更新</translation>
    </message>
    <message>
        <source>real threads</source>
        <translation>真实线程数</translation>
    </message>
    <message>
        <source>increments per thread</source>
        <translation>每个线程的加法次数</translation>
    </message>
    <message>
        <source>protect read-add-write with a mutex</source>
        <translation>用互斥锁保护 读-加-写</translation>
    </message>
    <message>
        <source>yield between the read and the write</source>
        <translation>在读和写之间让出 CPU</translation>
    </message>
    <message>
        <source>Thread safety and locks</source>
        <translation>线程安全与锁</translation>
    </message>
    <message>
        <source>shared by all</source>
        <translation>所有线程共享</translation>
    </message>
    <message>
        <source>want, got</source>
        <translation>预期, 实际</translation>
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
        <source>Use the lock</source>
        <translation>使用锁</translation>
    </message>
    <message>
        <source>Race window</source>
        <translation>竞态窗口</translation>
    </message>
    <message>
        <source>%1 is waiting for the lock: it cannot move until the lock is released.</source>
        <translation>%1 正在等待锁：锁被释放之前它不能前进。</translation>
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
        <source>Threads</source>
        <translation>线程</translation>
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
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>How many real threads increment the shared counter n (keys 1–9)</source>
        <translation>多少个真实线程给共享计数器 n 加一（按键 1–9）</translation>
    </message>
    <message>
        <source>Lock (lock.acquire / release)</source>
        <translation>加锁（lock.acquire / release）</translation>
    </message>
    <message>
        <source>On: a std::mutex protects read-add-write. Off: updates can get lost. (L)</source>
        <translation>开：一个 std::mutex 保护“读-加-写”。关：更新可能丢失。（L）</translation>
    </message>
    <message>
        <source>Yield between read and write</source>
        <translation>读写之间让出 CPU</translation>
    </message>
    <message>
        <source>Yielding the CPU between the read and the write makes updates get lost even on a single CPU (Y)</source>
        <translation>在读和写之间让出 CPU，即使只有一个 CPU 也会丢失更新（Y）</translation>
    </message>
    <message>
        <source>Lock on or off</source>
        <translation>加锁 / 不加锁</translation>
    </message>
    <message>
        <source>Yield between read and write, on or off</source>
        <translation>读写之间让出 CPU：开 / 关</translation>
    </message>
    <message numerus="yes">
        <source>Run %n thread(s)</source>
        <translation>
            <numerusform>运行 %n 个线程</numerusform>
        </translation>
    </message>
    <message>
        <source>acquired</source>
        <translation>拿到锁</translation>
    </message>
    <message>
        <source>acquire: waits</source>
        <translation>acquire：等待</translation>
    </message>
    <message>
        <source>read n → %1</source>
        <translation>读 n → %1</translation>
    </message>
    <message>
        <source>add tmp = %1</source>
        <translation>加 tmp = %1</translation>
    </message>
    <message>
        <source>write n ← %1</source>
        <translation>写 n ← %1</translation>
    </message>
    <message>
        <source>released</source>
        <translation>释放锁</translation>
    </message>
    <message numerus="yes">
        <source> — overwrote %1&apos;s %2: %n update(s) lost</source>
        <translation>
            <numerusform> — 覆盖了 %1 写的 %2：丢失 %n 次更新</numerusform>
        </translation>
    </message>
    <message>
        <source> — overwrote %1&apos;s %2</source>
        <translation> — 覆盖了 %1 写的 %2</translation>
    </message>
    <message>
        <source>Full speed: only samples are recorded, the log stops here.</source>
        <translation>全速：只记录抽样，日志到此为止。</translation>
    </message>
    <message>
        <source>%1 overwrote %2&apos;s %3</source>
        <translation>%1 覆盖了 %2 写的 %3</translation>
    </message>
    <message>
        <source>Step log</source>
        <translation>步骤日志</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>历次运行</translation>
    </message>
    <message>
        <source>Finished in %1 ms: %2 of %3 updates were lost.</source>
        <translation>运行结束，用时 %1 毫秒：%3 次更新中丢失了 %2 次。</translation>
    </message>
    <message>
        <source>Finished in %1 ms: no update was lost (%2 of %2).</source>
        <translation>运行结束，用时 %1 毫秒：没有丢失任何更新（%2 / %2）。</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Increments</source>
        <translation>每个递增</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>锁</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>丢失</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>on</source>
        <translation>加锁</translation>
    </message>
    <message>
        <source>off</source>
        <translation>不加锁</translation>
    </message>
    <message>
        <source>Finished runs are listed here.</source>
        <translation>运行结束后在此列出。</translation>
    </message>
    <message numerus="yes">
        <source> — overwrote %1&apos;s %2, bringing %n lost update(s) back</source>
        <translation>
            <numerusform> — 覆盖了 %1 写的 %2，找回 %n 次丢失的更新</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 × %3, lock %4</source>
        <translation>%1：%2 × %3，%4</translation>
    </message>
    <message>
        <source>%1 lost, %2 ms</source>
        <translation>丢失 %1，%2 毫秒</translation>
    </message>
    <message>
        <source>the same, as Python is usually written:</source>
        <translation>同样的代码，Python 通常这样写：</translation>
    </message>
    <message>
        <source>Threads, one lane each</source>
        <translation>线程（每个一条泳道）</translation>
    </message>
</context>
</TS>
