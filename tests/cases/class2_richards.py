# A Richards-like scheduler: a Task base class and three subclasses that
# override run(); the scheduler always runs the highest-priority ready task.


class Packet:
    def __init__(self, dest, kind, value):
        self.dest = dest
        self.kind = kind
        self.value = value

    def __repr__(self):
        return "Packet(" + str(self.dest) + "," + self.kind + "," + str(self.value) + ")"


class Task:
    def __init__(self, ident, priority, sched):
        self.ident = ident
        self.priority = priority
        self.sched = sched
        self.queue = []
        self.runs = 0
        self.held = False

    def runnable(self):
        return (not self.held) and len(self.queue) > 0

    def receive(self, packet):
        self.queue.append(packet)

    def step(self):
        self.runs += 1
        packet = self.queue.pop(0)
        return self.run(packet)

    def run(self, packet):
        return "base"

    def __repr__(self):
        return self.__class__.__name__ + "#" + str(self.ident)


class IdleTask(Task):
    def __init__(self, ident, priority, sched, count):
        super().__init__(ident, priority, sched)
        self.count = count
        self.seed = 1

    def run(self, packet):
        self.count -= 1
        if self.count == 0:
            return "stop"
        self.seed = (self.seed * 1103515245 + 12345) % 2147483648
        target = 2 if (self.seed >> 16) % 2 == 0 else 3
        self.sched.send(Packet(target, "work", (self.seed >> 8) % 100))
        if self.count % 10 == 0:
            self.sched.release_all()
        self.receive(packet)
        return "ok"


class WorkerTask(Task):
    def __init__(self, ident, priority, sched):
        super().__init__(ident, priority, sched)
        self.processed = 0
        self.total = 0

    def run(self, packet):
        self.processed += 1
        self.total += packet.value
        if packet.value % 3 == 0:
            self.sched.send(Packet(4, "io", packet.value * 2 + self.ident))
        return "ok"


class DeviceTask(Task):
    def __init__(self, ident, priority, sched):
        super().__init__(ident, priority, sched)
        self.log = []

    def run(self, packet):
        self.log.append(packet.value)
        if len(self.log) % 7 == 0:
            self.held = True
        return "ok"


class Scheduler:
    def __init__(self):
        self.tasks = {}
        self.sent = 0
        self.switches = 0
        self.releases = 0

    def add(self, task):
        self.tasks[task.ident] = task
        return task

    def send(self, packet):
        self.sent += 1
        self.tasks[packet.dest].receive(packet)

    def release_all(self):
        for t in self.tasks.values():
            if t.held:
                t.held = False
                self.releases += 1

    def pick(self):
        best = None
        for t in self.tasks.values():
            if t.runnable() and (best is None or t.priority > best.priority):
                best = t
        return best

    def run(self):
        while True:
            t = self.pick()
            if t is None:
                return "idle"
            self.switches += 1
            if t.step() == "stop":
                return "stopped by " + repr(t)


sched = Scheduler()
idle = sched.add(IdleTask(1, 0, sched, 1000))
w1 = sched.add(WorkerTask(2, 10, sched))
w2 = sched.add(WorkerTask(3, 20, sched))
dev = sched.add(DeviceTask(4, 30, sched))
idle.receive(Packet(1, "tick", 0))
print(sched.run())
print(sched.tasks)
print("switches", sched.switches, "sent", sched.sent, "releases", sched.releases)
for t in sched.tasks.values():
    print(t, "runs", t.runs, "queued", len(t.queue), "held", t.held)
print("w1", w1.processed, w1.total, "w2", w2.processed, w2.total)
print("device", len(dev.log), sum(dev.log), dev.log[:8])
print(isinstance(dev, Task), [type(t).__name__ for t in sched.tasks.values()])
print(Task(9, 0, sched).run(None), Task.run(w1, None) == "base")

# run a second, smaller system reusing the classes
s2 = Scheduler()
i2 = s2.add(IdleTask(1, 0, s2, 25))
s2.add(WorkerTask(2, 5, s2))
s2.add(WorkerTask(3, 6, s2))
s2.add(DeviceTask(4, 7, s2))
i2.receive(Packet(1, "tick", 0))
print(s2.run(), s2.switches, s2.sent, [t.runs for t in s2.tasks.values()])
