import os, threading, time
from concurrent.futures import ThreadPoolExecutor

def work(kind, i):
    if kind == 'cpu':
        count_primes(50_000_000 + i * 1500, 1500)  # computing
    else:
        time.sleep(0.01)                           # waiting, like a download

def sing(kind, cpu=None):             # task A 唱歌
    if cpu is not None:
        os.sched_setaffinity(0, {cpu})  # pin this thread
    for i in range(CHUNKS):
        work(kind, i)                 # @step sing

def dance(kind, cpu=None):            # task B 跳舞
    if cpu is not None:
        os.sched_setaffinity(0, {cpu})
    for i in range(CHUNKS):
        work(kind, i)                 # @step dance

# sync 同步: A, then B
sing(kind); dance(kind)

# async 异步: start both, carry on at once
pool = ThreadPoolExecutor(2)
fa = pool.submit(sing, kind); fb = pool.submit(dance, kind)

# parallel 并行: two threads, two CPUs
# concurrent 并发: two threads, one CPU
a = threading.Thread(target=sing, args=(kind, 0))
b = threading.Thread(target=dance, args=(kind, 1))  # 0 for concurrent
a.start(); b.start(); a.join(); b.join()
