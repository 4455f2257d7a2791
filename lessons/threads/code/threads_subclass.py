import threading, time

class ShowThread(threading.Thread):
    def __init__(self, dance, n, name):
        super().__init__(name=name)
        self.dance = dance
        self.n = n

    def run(self):
        name = threading.current_thread().name   # @step begin
        for i in range(self.n):
            print(name, 'dances' if self.dance else 'sings', i)  # @step work
            time.sleep(1)

if __name__ == '__main__':
    ts = []
    for k in range(N):
        t = ShowThread(k % 2 == 1, 3,             # @step create
                       f"{'dance' if k % 2 else 'sing'}-{k + 1}")
        t.start()                                 # @step start
        ts.append(t)
    for t in ts:
        t.join()                                  # @step join
    print('main done')                            # @step end
