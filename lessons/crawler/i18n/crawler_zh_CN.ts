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
</context>
</TS>
