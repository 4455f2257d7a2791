<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Crawler</name>
    <message>
        <source>Bad value &apos;%1&apos; for %2: %3</source>
        <translation>%2 的值“%1”无效：%3</translation>
    </message>
    <message>
        <source>expected a file that can be written, in a folder that exists</source>
        <translation>应为可写入的文件，且所在文件夹已存在</translation>
    </message>
    <message>
        <source>page %1: %2</source>
        <translation>第 %1 页：%2</translation>
    </message>
    <message>
        <source>P producers fetch N pages over real HTTP from the app&apos;s loopback site, C consumers parse and save them; each failed page&apos;s reason goes to stderr</source>
        <translation>P 个生产者通过真实的 HTTP 从本机回环网站抓取 N 个页面，C 个消费者解析并保存；每个失败页面的原因输出到 stderr</translation>
    </message>
    <message>
        <source>pages to crawl</source>
        <translation>要爬取的页数</translation>
    </message>
    <message>
        <source>producer threads (fetch)</source>
        <translation>生产者线程数（抓取）</translation>
    </message>
    <message>
        <source>consumer threads (parse and save)</source>
        <translation>消费者线程数（解析并保存）</translation>
    </message>
    <message>
        <source>the queue&apos;s maxsize, 0 = unbounded</source>
        <translation>队列的 maxsize，0 = 不限</translation>
    </message>
    <message>
        <source>the site&apos;s delay per answer, in ms</source>
        <translation>网站每次应答的延迟（毫秒）</translation>
    </message>
    <message>
        <source>± random delay, in ms</source>
        <translation>± 随机延迟（毫秒）</translation>
    </message>
    <message>
        <source>share of pages that fail (500, stall, malformed)</source>
        <translation>失败页面的比例（500、卡住、格式错误）</translation>
    </message>
    <message>
        <source>producers and consumers, or the notes&apos; single-threaded while loop</source>
        <translation>生产者与消费者，或笔记中的单线程 while 循环</translation>
    </message>
    <message>
        <source>JSON Lines file for the saved items (default: a temporary file, removed)</source>
        <translation>保存数据的 JSON Lines 文件（默认：临时文件，用完删除）</translation>
    </message>
    <message>
        <source>Multithreaded crawler</source>
        <translation>多线程爬虫</translation>
    </message>
    <message>
        <source>Finished: %1 pages saved + %2 failed = %3 of %4.</source>
        <translation>完成：保存 %1 页 + 失败 %2 页 = %3 页，共 %4 页。</translation>
    </message>
    <message>
        <source>%1 is waiting (for the site, the queue or the file): it moves on once that answers.</source>
        <translation>%1 正在等待（等网站、队列或文件）：等到回应它才能继续。</translation>
    </message>
    <message>
        <source>fetching page %1</source>
        <translation>抓取第 %1 页</translation>
    </message>
    <message>
        <source>retrying page %1</source>
        <translation>重试第 %1 页</translation>
    </message>
    <message>
        <source>waiting to put page %1</source>
        <translation>等待放入第 %1 页</translation>
    </message>
    <message>
        <source>putting page %1</source>
        <translation>放入第 %1 页</translation>
    </message>
    <message>
        <source>waiting to get</source>
        <translation>等待取出</translation>
    </message>
    <message>
        <source>getting</source>
        <translation>取出中</translation>
    </message>
    <message>
        <source>parsing page %1</source>
        <translation>解析第 %1 页</translation>
    </message>
    <message>
        <source>waiting for the file</source>
        <translation>等待文件</translation>
    </message>
    <message>
        <source>saving page %1</source>
        <translation>保存第 %1 页</translation>
    </message>
    <message>
        <source>page %1 failed</source>
        <translation>第 %1 页失败</translation>
    </message>
    <message>
        <source>waiting for P%1 to end</source>
        <translation>等待 P%1 结束</translation>
    </message>
    <message>
        <source>joining P%1</source>
        <translation>等待 P%1</translation>
    </message>
    <message>
        <source>putting None #%1</source>
        <translation>放入第 %1 颗毒丸 None</translation>
    </message>
    <message>
        <source>got None: stops</source>
        <translation>拿到 None：退出</translation>
    </message>
    <message>
        <source>HTTP %1 (attempts: %2)</source>
        <translation>HTTP %1（尝试 %2 次）</translation>
    </message>
    <message>
        <source>no answer in time (attempts: %1)</source>
        <translation>超时无响应（尝试 %1 次）</translation>
    </message>
    <message>
        <source>cannot connect (attempts: %1)</source>
        <translation>无法连接（尝试 %1 次）</translation>
    </message>
    <message>
        <source>no answer (attempts: %1)</source>
        <translation>没有响应（尝试 %1 次）</translation>
    </message>
    <message>
        <source>malformed page (its HTML breaks off)</source>
        <translation>页面格式错误（HTML 中途断开）</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Pages/s</source>
        <translation>每秒页数</translation>
    </message>
    <message>
        <source>The crawl could not start: %1</source>
        <translation>爬虫无法启动：%1</translation>
    </message>
    <message>
        <source> (+%1 more)</source>
        <translation>（+%1）</translation>
    </message>
    <message>
        <source>Timing could not start: %1</source>
        <translation>计时无法启动：%1</translation>
    </message>
    <message>
        <source>Full speed, same knobs: producers and consumers %1 s, one thread %2 s.</source>
        <translation>全速：多线程 %1 秒，单线程 %2 秒。</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>&amp;Producers:</source>
        <translation>生产者(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Consumers:</source>
        <translation>消费者(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;maxsize:</source>
        <translation>maxsize(&amp;M)：</translation>
    </message>
    <message>
        <source>Late&amp;ncy:</source>
        <translation>延迟(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Fail rate:</source>
        <translation>失败率(&amp;F)：</translation>
    </message>
    <message>
        <source>Producer threads</source>
        <translation>生产者线程数</translation>
    </message>
    <message>
        <source>Consumer threads</source>
        <translation>消费者线程数</translation>
    </message>
    <message>
        <source>Queue capacity (maxsize)</source>
        <translation>队列容量（maxsize）</translation>
    </message>
    <message>
        <source>Site latency in milliseconds</source>
        <translation>网站延迟（毫秒）</translation>
    </message>
    <message>
        <source>Share of pages that fail, in percent</source>
        <translation>失败页面的比例（百分比）</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Where the consumers save the items (JSON Lines)</source>
        <translation>消费者保存结果的地方（JSON 文件，每行一条）</translation>
    </message>
    <message>
        <source>&amp;Time both</source>
        <translation>两种都计时(&amp;T)</translation>
    </message>
    <message>
        <source>Crawl the same pages at full speed with producers and consumers, then with one thread, and compare the times</source>
        <translation>用生产者消费者、再用单线程，全速抓取同样的页面，比较用时</translation>
    </message>
    <message>
        <source>Queue q: %1 of %2</source>
        <translation>队列 q：%1 / %2</translation>
    </message>
    <message>
        <source>None = a poison pill: the consumer that gets it stops.</source>
        <translation>None 是毒丸：拿到它的消费者就退出。</translation>
    </message>
    <message>
        <source>Press Play to crawl.</source>
        <translation>按播放开始抓取。</translation>
    </message>
    <message>
        <source>Queue and threads</source>
        <translation>队列和线程</translation>
    </message>
    <message>
        <source>Accounting</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Queue fill over time</source>
        <translation>队列长度随时间变化</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>items in the queue</source>
        <translation>队列中的元素</translation>
    </message>
    <message>
        <source>fetch %1</source>
        <translation>抓取 %1</translation>
    </message>
    <message>
        <source>retry %1</source>
        <translation>重试 %1</translation>
    </message>
    <message>
        <source>put %1</source>
        <translation>放入 %1</translation>
    </message>
    <message>
        <source>get</source>
        <translation>取出</translation>
    </message>
    <message>
        <source>parse %1</source>
        <translation>解析 %1</translation>
    </message>
    <message>
        <source>save %1</source>
        <translation>保存 %1</translation>
    </message>
    <message>
        <source>failed %1</source>
        <translation>失败 %1</translation>
    </message>
    <message>
        <source>join P%1</source>
        <translation>等待 P%1</translation>
    </message>
    <message>
        <source>&amp;Output folder</source>
        <translation>输出文件夹(&amp;O)</translation>
    </message>
    <message>
        <source>maxsize (dashed)</source>
        <translation>maxsize（虚线）</translation>
    </message>
    <message>
        <source>crawl http://…{page}… instead of the app&apos;s own site (needs the internet)</source>
        <translation>抓取 http://…{page}… 而不是应用自带的网站（需要联网）</translation>
    </message>
    <message>
        <source>an http:// URL with {page} in its path or query</source>
        <translation>路径或查询里带 {page} 的 http:// 网址</translation>
    </message>
    <message>
        <source>Saved + failed</source>
        <translation>保存 + 失败</translation>
    </message>
    <message>
        <source>&amp;Internet</source>
        <translation>互联网(&amp;I)</translation>
    </message>
    <message>
        <source>For classrooms with internet: crawl another site&apos;s pages instead of the app&apos;s own loopback site</source>
        <translation>教室能上网时：爬取别的网站的页面，而不是本应用自带的本机（回环）网站</translation>
    </message>
    <message>
        <source>URL template, {page} where the page number goes</source>
        <translation>URL 模板，{page} 处填页码</translation>
    </message>
    <message>
        <source> (Enter to use it)</source>
        <translation>（按回车使用）</translation>
    </message>
    <message>
        <source>only deals with the queue: puts</source>
        <translation>生产者：只和队列打交道，放入数据</translation>
    </message>
    <message>
        <source>only deals with the queue: gets</source>
        <translation>消费者：只和队列打交道，取出数据</translation>
    </message>
    <message>
        <source>build the url</source>
        <translation>拼接url</translation>
    </message>
    <message>
        <source>one pill each</source>
        <translation>每个消费者一颗毒丸</translation>
    </message>
    <message>
        <source>Checking whether %1:%2 answers (at most %3 ms)…</source>
        <translation>正在检查 %1:%2 是否应答（最多 %3 毫秒）…</translation>
    </message>
    <message>
        <source>Pages from %1 (not the app&apos;s own site).</source>
        <translation>页面来自 %1（不是本应用自带的网站）。</translation>
    </message>
    <message>
        <source>Not a usable URL template: %1. It needs http://, a host, and {page} where the page number goes. The crawl stays on the app&apos;s own site.</source>
        <translation>无法使用的 URL 模板：%1。它需要 http://、主机名，以及填页码的 {page}。爬虫仍爬本应用自带的网站。</translation>
    </message>
    <message>
        <source>Cannot reach %1:%2 within %3 ms: no internet, or the site is down. The crawl stays on the app&apos;s own site.</source>
        <translation>%3 毫秒内连不上 %1:%2：没有网络，或该网站不可用。爬虫仍爬本应用自带的网站。</translation>
    </message>
    <message>
        <source>fetching</source>
        <translation>抓取中</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>重试中</translation>
    </message>
    <message>
        <source>waiting to put</source>
        <translation>等待放入</translation>
    </message>
    <message>
        <source>putting</source>
        <translation>放入中</translation>
    </message>
    <message>
        <source>parsing</source>
        <translation>解析中</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>保存中</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>The crawler cannot start: %1</source>
        <translation>爬虫无法启动：%1</translation>
    </message>
</context>
</TS>
