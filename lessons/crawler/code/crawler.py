import queue, threading, time
import requests

q = queue.Queue(maxsize=5)
lt = list(range(1, 41))        # the pages
lock = threading.Lock()        # one writer at a time

def producer():                # only deals with the queue
    while lt:
        page = lt.pop(0)
        url = base + str(page)                       # @step url
        for attempt in (1, 2, 3):
            try:
                resp = requests.get(url, timeout=2)  # @step fetch
                resp.raise_for_status()
                q.put(resp)                          # @step put
                break
            except requests.RequestException as e:
                why = e
                time.sleep(0.02 * attempt)           # @step retry
        else:
            failed.append((page, why))               # @step fail

def consumer():                # only deals with the queue
    while True:
        resp = q.get()                               # @step get
        if resp is None: break                       # @step done
        items = parse(resp.text)                     # @step parse
        with lock: save(items)                       # @step save

ps = [threading.Thread(target=producer) for i in range(P)]
cs = [threading.Thread(target=consumer) for i in range(C)]
for t in ps + cs: t.start()
for t in ps: t.join()                                # @step join
for t in cs: q.put(None)                             # @step pill
