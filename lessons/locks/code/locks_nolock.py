import threading

n = 0                      # a global: every thread shares it

def add(k):
    global n
    for i in range(k):
        tmp = n            # @step read
        tmp = tmp + 1      # @step add
        n = tmp            # @step write

threads = [threading.Thread(target=add, args=(K,), name=f"T{j + 1}")
           for j in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("expected", N * K, "actual", n)
