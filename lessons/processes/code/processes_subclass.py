from multiprocessing import Process
import time

g = 100  # one copy per process

class MyProcess(Process):
    def __init__(self, n):
        Process.__init__(self)    # by hand
        self.n = n

    def run(self):
        global g
        local = 10                # @step run
        g += self.n
        local += self.n           # @step change
        for i in range(3):
            time.sleep(1)         # @step work
        print(g, local)  # @step done

if __name__ == '__main__':
    local = 10
    ps = []
    for i in range(N):
        p = MyProcess(i + 1)
        p.start()                 # @step start
        ps.append(p)
    for p in ps:
        p.join()                  # @step join
    print(g, local)   # 100 10  # @step report
