<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Queues</name>
    <message>
        <source>P producers put K items into a bounded queue, C consumers take them; checks each is taken once, in the queue&apos;s order</source>
        <translation>P 个生产者把 K 个数据放进有界队列，C 个消费者取走；检查每个数据恰好被取走一次，且符合队列的顺序</translation>
    </message>
    <message>
        <source>queue.Queue (fifo) or queue.LifoQueue (lifo)</source>
        <translation>queue.Queue（fifo，先进先出）或 queue.LifoQueue（lifo，先进后出）</translation>
    </message>
    <message>
        <source>the queue&apos;s maxsize, 0 = unbounded</source>
        <translation>队列的 maxsize，0 = 不限</translation>
    </message>
    <message>
        <source>producer threads</source>
        <translation>生产者线程数</translation>
    </message>
    <message>
        <source>consumer threads</source>
        <translation>消费者线程数</translation>
    </message>
    <message>
        <source>items in all</source>
        <translation>数据总数</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>队列</translation>
    </message>
</context>
</TS>
