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
    <message>
        <source>%1 is waiting at the queue: it cannot move until another call makes room or puts an item in.</source>
        <translation>%1 正在队列旁等待：要等别的调用腾出位置或放入元素，它才能继续。</translation>
    </message>
    <message>
        <source>%1: one thread per queue makes the call.</source>
        <translation>%1：每个队列各由一个线程来调用。</translation>
    </message>
    <message>
        <source>&amp;maxsize:</source>
        <translation>容量 maxsize(&amp;M)：</translation>
    </message>
    <message>
        <source>Queue size limit (maxsize)</source>
        <translation>队列容量上限（maxsize）</translation>
    </message>
    <message>
        <source>How many items each queue holds; 0 = no limit</source>
        <translation>每个队列最多能放几个元素；0 表示不限</translation>
    </message>
    <message>
        <source>Put the next number in; waits while the queue is full</source>
        <translation>放入下一个数；队列满时等待</translation>
    </message>
    <message>
        <source>Take an item out; waits while the queue is empty</source>
        <translation>取出一个元素；队列空时等待</translation>
    </message>
    <message>
        <source>Put the next number in without waiting; raises queue.Full when full</source>
        <translation>放入下一个数，不等待；队列满时抛出 queue.Full</translation>
    </message>
    <message>
        <source>Take an item out without waiting; raises queue.Empty when empty</source>
        <translation>取出一个元素，不等待；队列空时抛出 queue.Empty</translation>
    </message>
    <message>
        <source>Is the queue full?</source>
        <translation>队列是否满？</translation>
    </message>
    <message>
        <source>Is the queue empty?</source>
        <translation>队列是否空？</translation>
    </message>
    <message>
        <source>How many items are in the queue?</source>
        <translation>队列里面有几个元素？</translation>
    </message>
    <message>
        <source>in</source>
        <translation>进</translation>
    </message>
    <message>
        <source>out</source>
        <translation>出</translation>
    </message>
    <message>
        <source>in and out</source>
        <translation>进出</translation>
    </message>
    <message>
        <source>never full</source>
        <translation>永远不满</translation>
    </message>
    <message>
        <source>Waiting to put:</source>
        <translation>等待放入：</translation>
    </message>
    <message>
        <source>Waiting to get:</source>
        <translation>等待取出：</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Calls, newest first</source>
        <translation>调用记录（最新的在上）</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Press a button to make a call.</source>
        <translation>按一个按钮来调用。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>first in, first out</source>
        <translation>先进先出</translation>
    </message>
    <message>
        <source>last in, first out</source>
        <translation>后进先出</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>FIFO: first in, first out</source>
        <translation>队列：先进先出</translation>
    </message>
    <message>
        <source>LIFO: last in, first out</source>
        <translation>栈：先进后出</translation>
    </message>
    <message>
        <source>one thread per button</source>
        <translation>每个按钮一个线程</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>调用 %1</translation>
    </message>
</context>
</TS>
