import threading

def work(k):
    for i in range(k):
        print(i)           # @step tick

ts = [threading.Thread(target=work, args=(K,))
      for j in range(N)]
for t in ts: t.start()
for t in ts: t.join()
