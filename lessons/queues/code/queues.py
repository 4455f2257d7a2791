import queue
import threading

q = queue.Queue(maxsize=3)      # FIFO: first in, first out
s = queue.LifoQueue(maxsize=3)  # LIFO: last in, first out

def press(call):                # one thread per button
    try:
        answer = call()         # @step call
        print(answer)           # @step return
    except (queue.Full, queue.Empty) as e:
        print(repr(e))          # @step raise

# q.put(1)  q.get()  q.full()  q.empty()  q.qsize()
threading.Thread(target=press, args=(lambda: q.put(1),)).start()
threading.Thread(target=press, args=(lambda: q.put_nowait(2),)).start()
threading.Thread(target=press, args=(lambda: q.get(),)).start()
input()                         # @step wait
