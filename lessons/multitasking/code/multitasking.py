import os, threading, time
from concurrent.futures import ThreadPoolExecutor

def work(kind, i):
    if kind == 'cpu':
        count_primes(50_000_000 + i * 1500, 1500)  # computing
    else:
        time.sleep(0.01)                           # waiting, like a download

def sing(kind, cpu=None):             # task A: sing
    if cpu is not None:
        os.sched_setaffinity(0, {cpu})  # pin this thread
    for i in range(CHUNKS):
        work(kind, i)                 # @step sing

def dance(kind, cpu=None):            # task B: dance
    if cpu is not None:
        os.sched_setaffinity(0, {cpu})
    for i in range(CHUNKS):
        work(kind, i)                 # @step dance

# sync: A, then B
sing(kind); dance(kind)

# async: start both, carry on at once
pool = ThreadPoolExecutor(2)
fa = pool.submit(sing, kind); fb = pool.submit(dance, kind)

# parallel: two threads, two CPUs
# concurrent: two threads, one CPU
a = threading.Thread(target=sing, args=(kind, 0))
b = threading.Thread(target=dance, args=(kind, 1))  # 0 for concurrent
a.start(); b.start(); a.join(); b.join()
