<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Pool</name>
    <message>
        <source>Bad value &apos;%1&apos; for --src: expected an existing folder</source>
        <translation>--src 的值“%1”无效：应为已存在的文件夹</translation>
    </message>
    <message>
        <source>Bad value &apos;%1&apos; for --src: it is not a folder</source>
        <translation>--src 的值“%1”无效：它不是文件夹</translation>
    </message>
    <message>
        <source>Bad value &apos;%1&apos; for --src: the folder cannot be read</source>
        <translation>--src 的值“%1”无效：无法读取该文件夹</translation>
    </message>
    <message>
        <source>Missing --dst: expected a new folder to copy into</source>
        <translation>缺少 --dst：应为要复制到的新文件夹</translation>
    </message>
    <message>
        <source>Bad value &apos;%1&apos; for --dst: it is inside the source folder %2; expected a folder outside it</source>
        <translation>--dst 的值“%1”无效：它在源文件夹 %2 之内；应为源文件夹之外的文件夹</translation>
    </message>
    <message>
        <source>Bad value &apos;%1&apos; for --dst: it exists and is not a folder</source>
        <translation>--dst 的值“%1”无效：它已存在且不是文件夹</translation>
    </message>
    <message>
        <source>Bad value &apos;%1&apos; for --src: the file %2 cannot be read</source>
        <translation>--src 的值“%1”无效：无法读取文件 %2</translation>
    </message>
    <message>
        <source>Bad value &apos;%1&apos; for --dst: it already holds %2; existing files are never overwritten, expected a new folder</source>
        <translation>--dst 的值“%1”无效：其中已有 %2；已有文件绝不覆盖，应为新文件夹</translation>
    </message>
    <message>
        <source>%1: the copy differs from the source (size or XXH3 hash)</source>
        <translation>%1：副本与源文件不同（大小或 XXH3 哈希）</translation>
    </message>
    <message>
        <source>%1 already exists and differs: not overwritten</source>
        <translation>%1 已存在且内容不同：未覆盖</translation>
    </message>
    <message>
        <source>folder to copy (not given: a generated folder of 100 files)</source>
        <translation>要复制的文件夹（不给出时：生成一个含 100 个文件的文件夹）</translation>
    </message>
    <message>
        <source>bytes per read (the notes read 1024)</source>
        <translation>每次读取的字节数（讲义中为 1024）</translation>
    </message>
    <message>
        <source>copies a folder with a pool of N worker processes (or threads), verifying every file</source>
        <translation>用 N 个工作进程（或线程）组成的池复制一个文件夹，并校验每个文件</translation>
    </message>
    <message>
        <source>new folder to copy into (required)</source>
        <translation>要复制到的新文件夹（必填）</translation>
    </message>
    <message>
        <source>pool size</source>
        <translation>池的大小</translation>
    </message>
    <message>
        <source>worker processes or a thread pool</source>
        <translation>工作进程还是线程池</translation>
    </message>
    <message>
        <source>times the copy with pools of 1, 2, 5, 10, 20, 50 and 100 workers</source>
        <translation>分别用 1、2、5、10、20、50、100 个工作者的池计时复制</translation>
    </message>
    <message>
        <source>which pools to time</source>
        <translation>对哪种池计时</translation>
    </message>
    <message>
        <source>Process pool</source>
        <translation>进程池</translation>
    </message>
    <message>
        <source>Bad value &apos;%1&apos; for %2: %3</source>
        <translation>%2 的值“%1”无效：%3</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos; for --run %2: the options are %3</source>
        <translation>--run %2 没有选项“%1”：可用的选项有 %3</translation>
    </message>
    <message>
        <source>expected a whole number from 1 to %1</source>
        <translation>应为 1 到 %1 之间的整数</translation>
    </message>
    <message>
        <source>expected process or thread</source>
        <translation>应为 process 或 thread</translation>
    </message>
    <message>
        <source>expected a number of bytes from 1 to %1 (the notes read 1024 at a time)</source>
        <translation>应为 1 到 %1 之间的字节数（讲义每次读 1024）</translation>
    </message>
    <message>
        <source>Option %1 needs a value</source>
        <translation>选项 %1 需要一个值</translation>
    </message>
    <message>
        <source>Cannot create the sample folder in %1</source>
        <translation>无法在 %1 中创建示例文件夹</translation>
    </message>
    <message>
        <source>The copy stopped: %1</source>
        <translation>复制已停止：%1</translation>
    </message>
    <message>
        <source>%1 waits for a worker to end (pool.join()): it moves when one does.</source>
        <translation>%1 在等某个工作进程结束（pool.join()）：有一个结束它才会继续。</translation>
    </message>
    <message>
        <source>Folder to copy</source>
        <translation>要拷贝的文件夹</translation>
    </message>
    <message>
        <source>Sent SIGKILL to %1 (kill -9 %2) mid-copy: its file goes back in the queue and a new worker takes its place.</source>
        <translation>拷贝中向 %1 发送了 SIGKILL（kill -9 %2）：它手上的文件回到队列，一个新的工作进程接替它。</translation>
    </message>
    <message>
        <source>Timing the copy with 1, 2, 5, 10, 20, 50 and 100 worker processes, then threads…</source>
        <translation>正在分别用 1、2、5、10、20、50 和 100 个工作进程计时拷贝，然后是线程……</translation>
    </message>
    <message>
        <source>The copy stopped: %1. Copied and verified: %2 of %3 files.</source>
        <translation>拷贝停止了：%1。已拷贝并校验：%3 个文件中的 %2 个。</translation>
    </message>
    <message>
        <source>Finished: %1 files (%2) copied and verified by %3 worker processes; %4 replaced after a kill.</source>
        <translation>完成：%3 个工作进程拷贝并校验了 %1 个文件（%2）；被杀死后补上了 %4 个。</translation>
    </message>
    <message>
        <source>&amp;Workers:</source>
        <translation>工作进程数(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Chunk:</source>
        <translation>块大小(&amp;C)：</translation>
    </message>
    <message>
        <source>Bytes per read: the notes read 1024 at a time</source>
        <translation>每次读的字节数：笔记里每次读 1024</translation>
    </message>
    <message>
        <source>Sou&amp;rce folder…</source>
        <translation>源文件夹(&amp;R)……</translation>
    </message>
    <message>
        <source>Kill a worker that is copying (kill -9)</source>
        <translation>杀死一个正在拷贝的工作进程（kill -9）</translation>
    </message>
    <message>
        <source>&amp;Time N = 1 … 100 workers</source>
        <translation>计时 N = 1 … 100 个工作进程(&amp;T)</translation>
    </message>
    <message>
        <source>pool.join()</source>
        <translation>pool.join()</translation>
    </message>
    <message>
        <source>requeue</source>
        <translation>放回队列</translation>
    </message>
    <message>
        <source>all done</source>
        <translation>全部完成</translation>
    </message>
    <message>
        <source>read/write</source>
        <translation>读/写</translation>
    </message>
    <message>
        <source>verify</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>工作进程</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Copy time against pool size</source>
        <translation>拷贝时间与进程池大小</translation>
    </message>
    <message>
        <source>process pool</source>
        <translation>进程池</translation>
    </message>
    <message>
        <source>thread pool</source>
        <translation>线程池</translation>
    </message>
    <message>
        <source>starting the processes</source>
        <translation>启动进程的时间</translation>
    </message>
    <message>
        <source>workers N (log scale)</source>
        <translation>工作进程数 N（对数刻度）</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>No tasks yet</source>
        <translation>还没有任务</translation>
    </message>
    <message>
        <source>Waiting %1 · copying %2 · done %3 of %4</source>
        <translation>等待 %1 · 拷贝中 %2 · 完成 %3/%4</translation>
    </message>
    <message>
        <source> · failed %1</source>
        <translation> · 失败 %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message numerus="yes">
        <source>%n more worker(s) copying</source>
        <translation>
            <numerusform>还有 %n 个工作进程在拷贝</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Into the new folder:</source>
        <translation>拷到新文件夹(&amp;I)：</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1</source>
        <translation>
            <numerusform>%n 个文件，%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot copy it: %1</source>
        <translation>不能拷贝：%1</translation>
    </message>
    <message>
        <source>New folder the copy goes into</source>
        <translation>拷贝写入的新文件夹</translation>
    </message>
    <message>
        <source>Is more better?</source>
        <translation>是不是越多越好？</translation>
    </message>
    <message>
        <source>start</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>take</source>
        <translation>取文件</translation>
    </message>
    <message>
        <source>Number of worker processes</source>
        <translation>工作进程的个数</translation>
    </message>
    <message>
        <source>Bytes per read</source>
        <translation>每次读的字节数</translation>
    </message>
    <message numerus="yes">
        <source>Sweep done: the process pool was fastest with %n worker(s) (%1 ms).</source>
        <translation>
            <numerusform>计时完成：进程池在 %n 个工作进程时最快（%1 毫秒）。</numerusform>
        </translation>
    </message>
    <message>
        <source>ms (log scale)</source>
        <translation>毫秒（对数刻度）</translation>
    </message>
</context>
</TS>
