import threading

g_num = 100      # one global

def add_one(x):
    y = x + 1                # @step add
    return y                 # @step return

def work(step):
    global g_num
    # count: a local, on this thread's stack
    count = 0                    # @step enter
    for i in range(3):
        count = add_one(count)   # @step call
        g_num += step            # @step write
        print(threading.current_thread().name, g_num, count)  # @step read
    return count                 # @step leave

t1 = threading.Thread(target=work, args=(1,), name='T1')
t2 = threading.Thread(target=work, args=(10,), name='T2')
t1.start(); t2.start()
t1.join(); t2.join()
print(g_num)                 # 100 + 3 * 1 + 3 * 10 = 133
