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
</context>
</TS>
