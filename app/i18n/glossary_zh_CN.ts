<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Glossary</name>
    <message>
        <source>synchronous</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>asynchronous</source>
        <translation>异步</translation>
    </message>
    <message>
        <source>Synchronous: do task A first, then task B. Asynchronous: tasks A and B run at the same time, either truly at the same instant or taking turns so that over a stretch of time both are running.</source>
        <translation>同步：先执行任务 A，然后再执行任务 B。异步：任务 A 和任务 B 同时执行——可以是同一时刻真正都在执行，也可以是轮流执行，从一段时间来看两个任务都在执行。</translation>
    </message>
    <message>
        <source>parallel</source>
        <translation>并行</translation>
    </message>
    <message>
        <source>concurrent</source>
        <translation>并发</translation>
    </message>
    <message>
        <source>Parallel is true asynchrony: at the same instant several tasks really run, each on its own CPU. Concurrent is apparent asynchrony: only one task runs at any instant, but over a stretch of time all of them make progress. A computer mostly runs things concurrently.</source>
        <translation>并行是真异步：同一时刻多个任务都在执行，每个任务各用一个 CPU。并发是伪异步：同一时刻只能执行一个任务，但从一段时间来看是同时执行。电脑中大多是并发。</translation>
    </message>
    <message>
        <source>process</source>
        <translation>进程</translation>
    </message>
    <message>
        <source>thread</source>
        <translation>线程</translation>
    </message>
    <message>
        <source>A program that is running is a process; the system gives each process its own memory. A thread belongs to exactly one process and a process can have many threads. The system allocates resources per process and runs threads.</source>
        <translation>程序运行起来就是一个进程，系统给每个进程分配单独的空间。线程属于进程：一个线程只能属于一个进程，一个进程可以拥有多个线程。系统分配资源的单位是进程，执行的单位是线程。</translation>
    </message>
    <message>
        <source>queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>stack</source>
        <translation>栈</translation>
    </message>
    <message>
        <source>A queue is first in, first out, like the line at the train-ticket window: put() adds at the back, get() takes from the front. A stack is last in, first out: the item pushed last is taken off first.</source>
        <translation>队列先进先出，就像排队买火车票：put() 放到队尾，get() 从队头取出。栈先进后出、后进先出：最后压进去的最先取出来。</translation>
    </message>
    <message>
        <source>producer</source>
        <translation>生产者</translation>
    </message>
    <message>
        <source>consumer</source>
        <translation>消费者</translation>
    </message>
    <message>
        <source>Producer threads make data and only put it into a queue; consumer threads only get data from the queue and consume it. The two sides never talk to each other, only to the queue.</source>
        <translation>生产者线程生产数据，只把数据放入队列；消费者线程只从队列获取数据，接着消费。双方从不直接打交道，只和队列打交道。</translation>
    </message>
    <message>
        <source>thread safety</source>
        <translation>线程安全</translation>
    </message>
    <message>
        <source>Code is thread-safe when it stays correct while several threads run it at once. Threads share global variables, so n += 1 in two threads can lose updates; a lock makes them take turns (thread synchronization).</source>
        <translation>多个线程同时运行一段代码，结果仍然正确，就是线程安全。线程之间共享全局变量，两个线程同时执行 n += 1 会丢失更新；加锁让线程轮流执行（线程同步）。</translation>
    </message>
    <message>
        <source>high cohesion</source>
        <translation>高内聚</translation>
    </message>
    <message>
        <source>low coupling</source>
        <translation>低耦合</translation>
    </message>
    <message>
        <source>High cohesion: each part does its one job completely. Low coupling: the parts depend on each other as little as possible. Producers and consumers only deal with the queue, so either can change without touching the other.</source>
        <translation>高内聚：每个部分把自己的一件事完整做好。低耦合：各部分之间的依赖尽量少。生产者和消费者都只和队列打交道，改动一方不用动另一方。</translation>
    </message>
    <message>
        <source>lock</source>
        <translation>锁</translation>
    </message>
    <message>
        <source>lock = threading.Lock(). The thread that gets the lock with lock.acquire() runs the protected code, then gives the lock back with lock.release(); meanwhile every other thread asking for it waits.</source>
        <translation>lock = threading.Lock()。线程用 lock.acquire() 得到锁后执行受保护的代码，然后用 lock.release() 释放锁；在此期间，其他请求这把锁的线程都只能等待。</translation>
    </message>
    <message>
        <source>process pool</source>
        <translation>进程池</translation>
    </message>
    <message>
        <source>A fixed number of processes (say 5) that share out many tasks (say copying 100 files). More processes is not always better: each one costs time and memory.</source>
        <translation>创建有限个（比如 5 个）进程，由它们分担大量任务（比如拷贝 100 个文件）。进程不是越多越好：每个进程都要占用时间和内存。</translation>
    </message>
    <message>
        <source>global variable</source>
        <translation>全局变量</translation>
    </message>
    <message>
        <source>local variable</source>
        <translation>局部变量</translation>
    </message>
    <message>
        <source>A global variable is defined outside every function; a local variable lives inside one function call. Processes share neither. Threads share global variables but not local variables.</source>
        <translation>全局变量定义在所有函数之外；局部变量只存在于一次函数调用之中。进程之间全局变量和局部变量都不共享；线程之间共享全局变量，不共享局部变量。</translation>
    </message>
    <message>
        <source>push onto the stack</source>
        <translation>压栈</translation>
    </message>
    <message>
        <source>Putting an item on top of a stack. Each thread has its own stack: a function call pushes its local variables there, which is why threads do not share local variables.</source>
        <translation>把数据放到栈顶。每个线程都有自己的栈：调用函数时，它的局部变量被压入栈中，所以线程之间不共享局部变量。</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>术语表</translation>
    </message>
    <message>
        <source>The words of the course notes, each with its partner. In a lesson, point at an underlined term to see its meaning.</source>
        <translation>课程笔记中的术语，成对列出。在课程讲解中，把鼠标指向带下划线的术语即可看到解释。</translation>
    </message>
    <message>
        <source>Find a term…</source>
        <translation>查找术语…</translation>
    </message>
    <message>
        <source>No term matches “%1”.</source>
        <translation>没有与“%1”匹配的术语。</translation>
    </message>
    <message>
        <source>Find a term</source>
        <translation>查找术语</translation>
    </message>
    <message>
        <source>Glossary terms</source>
        <translation>术语列表</translation>
    </message>
    <message>
        <source>poison pill</source>
        <translation>毒丸</translation>
    </message>
    <message>
        <source>A special item (None in Python) put into a queue to tell a consumer to stop: the main thread puts one per consumer once the producers are done, and each consumer that gets one leaves its loop.</source>
        <translation>放进队列、通知消费者退出的特殊元素（Python 里用 None）：生产者都结束后，主线程给每个消费者放一颗；消费者拿到它就跳出循环。</translation>
    </message>
</context>
</TS>
