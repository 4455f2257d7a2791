q = queue.Queue(maxsize=5)

def producer():  # only deals with the queue: puts
  while lt:
    page = lt.pop(0)
    url = base + str(page)  # build the url  # @step url
    for i in (1, 2, 3):
      try:
        r = get(url)    # @step fetch
        q.put(r)        # @step put
        break
      except Error as e:
        sleep(0.02 * i) # @step retry
    else:
      fail(page, e)       # @step fail

def consumer():  # only deals with the queue: gets
  while True:
    r = q.get()             # @step get
    if r is None: break     # @step done
    items = parse(r.text)   # @step parse
    with lock: save(items)  # @step save

for t in ps: t.join()           # @step join
for t in cs: q.put(None)        # one pill each  # @step pill
