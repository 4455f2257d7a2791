import threading

n = 0  # shared by all
lock = threading.Lock()

def add(k):
    global n
    for i in range(k):
        if lock.acquire():     # @step acquire
            tmp = n            # @step read
            tmp = tmp + 1      # @step add
            n = tmp            # @step write
            lock.release()     # @step release

# the same, as Python is usually written:
#     with lock:   # acquire, then release
#         n = n + 1

ts = [threading.Thread(
          target=add,
          args=(K,))
      for j in range(N)]
for t in ts: t.start()
for t in ts: t.join()
print(N * K, n)  # want, got
