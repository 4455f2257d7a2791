import threading, time

def sing(n):
    name = threading.current_thread().name   # @step begin
    for i in range(n):
        print(name, 'sings', i)                 # @step work
        time.sleep(1)

def dance(n):
    name = threading.current_thread().name
    for i in range(n):
        print(name, 'dances', i)
        time.sleep(1)

if __name__ == '__main__':
    ts = []
    for k in range(N):
        t = threading.Thread(                 # @step create
            target=sing if k % 2 == 0 else dance,
            args=(3,),
            name=f"{'sing' if k % 2 == 0 else 'dance'}-{k + 1}")
        t.start()                             # @step start
        ts.append(t)
    for t in ts:
        t.join()                              # @step join
    print('main done')                        # @step end
