import threading

n = 0  # shared by all

def add(k):
    global n
    for i in range(k):
        tmp = n            # @step read
        tmp = tmp + 1      # @step add
        n = tmp            # @step write

ts = [threading.Thread(
          target=add,
          args=(K,))
      for j in range(N)]
for t in ts: t.start()
for t in ts: t.join()
print(N * K, n)  # want, got
