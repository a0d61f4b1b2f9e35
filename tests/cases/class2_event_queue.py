# Discrete-event simulation: events ordered by (time, seq) via __lt__ in a
# hand-written binary heap, plus sorting by key.


class Event:
    def __init__(self, time, seq, kind, who):
        self.time = time
        self.seq = seq
        self.kind = kind
        self.who = who

    def __lt__(self, other):
        return (self.time, self.seq) < (other.time, other.seq)

    def __repr__(self):
        return self.kind + "@" + str(self.time) + "#" + str(self.seq) + ":" + self.who


class Heap:
    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)

    def push(self, x):
        items = self.items
        items.append(x)
        i = len(items) - 1
        while i > 0:
            parent = (i - 1) // 2
            if items[i] < items[parent]:
                items[i], items[parent] = items[parent], items[i]
                i = parent
            else:
                break

    def pop(self):
        items = self.items
        last = items.pop()
        if not items:
            return last
        top = items[0]
        items[0] = last
        i = 0
        n = len(items)
        while True:
            left = 2 * i + 1
            right = left + 1
            small = i
            if left < n and items[left] < items[small]:
                small = left
            if right < n and items[right] < items[small]:
                small = right
            if small == i:
                break
            items[i], items[small] = items[small], items[i]
            i = small
        return top


class Simulation:
    def __init__(self, tellers):
        self.queue = Heap()
        self.seq = 0
        self.now = 0
        self.free = tellers
        self.waiting = []
        self.log = []
        self.waits = {}
        self.arrived = {}

    def schedule(self, delay, kind, who):
        self.seq += 1
        self.queue.push(Event(self.now + delay, self.seq, kind, who))

    def run(self):
        while self.queue:
            ev = self.queue.pop()
            self.now = ev.time
            self.log.append(ev)
            if ev.kind == "arrive":
                self.arrived[ev.who] = self.now
                if self.free > 0:
                    self.free -= 1
                    self.start(ev.who)
                else:
                    self.waiting.append(ev.who)
            elif ev.kind == "done":
                if self.waiting:
                    self.start(self.waiting.pop(0))
                else:
                    self.free += 1

    def start(self, who):
        self.waits[who] = self.now - self.arrived[who]
        self.schedule(3 + len(who) % 4, "done", who)


sim = Simulation(2)
names = ["ann", "bob", "carla", "dave", "eve", "frank", "gus", "hildegard"]
for k in range(len(names)):
    sim.schedule((k * 7) % 5 + k // 2, "arrive", names[k])
sim.run()
for ev in sim.log:
    print(ev)
print(sim.now, sim.free, sim.waits)
print(sorted(sim.waits.items(), key=lambda kv: (-kv[1], kv[0])))
evs = [Event(3, 2, "x", "a"), Event(1, 9, "y", "b"), Event(3, 1, "z", "c"), Event(1, 2, "w", "d")]
print(sorted(evs))
print(sorted(evs, key=lambda e: (e.time, e.seq), reverse=True))
print(min(evs), max(evs), evs[0] < evs[2], evs[2] < evs[0])
h = Heap()
for e in evs:
    h.push(e)
print([h.pop() for _ in range(len(h))])
