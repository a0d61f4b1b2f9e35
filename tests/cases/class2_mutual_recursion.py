# Recursion that goes through other instances and between two classes.


class Even:
    def __init__(self):
        self.other = None
        self.calls = 0

    def check(self, n):
        self.calls += 1
        if n == 0:
            return True
        return self.other.check(n - 1)


class Odd:
    def __init__(self):
        self.other = None
        self.calls = 0

    def check(self, n):
        self.calls += 1
        if n == 0:
            return False
        return self.other.check(n - 1)


e = Even()
o = Odd()
e.other = o
o.other = e
print(e.check(10), e.check(7), o.check(7), o.check(300))
print(e.calls, o.calls)


class Link:
    def __init__(self, value, nxt=None):
        self.value = value
        self.nxt = nxt

    def length(self):
        if self.nxt is None:
            return 1
        return 1 + self.nxt.length()

    def __len__(self):
        if self.nxt is None:
            return 1
        return 1 + len(self.nxt)

    def __eq__(self, other):
        if not isinstance(other, Link):
            return NotImplemented
        return self.value == other.value and self.nxt == other.nxt

    def __repr__(self):
        if self.nxt is None:
            return str(self.value)
        return str(self.value) + "->" + repr(self.nxt)

    def find(self, v):
        if self.value == v:
            return self
        if self.nxt is None:
            return None
        return self.nxt.find(v)


def chain(n):
    head = None
    for i in range(n, 0, -1):
        head = Link(i, head)
    return head


a = chain(300)
b = chain(300)
print(a.length(), len(a), a == b, a != b)
b.find(250).value = -1
print(a == b, a.find(250).value, b.find(-1).value, b.find(250) is None)
print(chain(6))
print(a.find(300).value, a.find(301))


class Countdown:
    def __init__(self, n):
        self.n = n

    def run(self):
        if self.n == 0:
            return [0]
        return [self.n] + Countdown(self.n - 1).run()


r = Countdown(400).run()
print(len(r), r[:3], r[-3:])


class Ping:
    def __init__(self, log):
        self.log = log

    def hit(self, pong, n):
        self.log.append("ping" + str(n))
        if n > 0:
            pong.hit(self, n - 1)


class Pong:
    def __init__(self, log):
        self.log = log

    def hit(self, ping, n):
        self.log.append("pong" + str(n))
        if n > 0:
            ping.hit(self, n - 1)


log = []
Ping(log).hit(Pong(log), 5)
print(log)
log2 = []
Pong(log2).hit(Ping(log2), 400)
print(len(log2), log2[-2:])


class Fib:
    def __init__(self):
        self.memo = {0: 0, 1: 1}
        self.calls = 0

    def __call__(self, n):
        self.calls += 1
        if n in self.memo:
            return self.memo[n]
        v = self(n - 1) + self(n - 2)
        self.memo[n] = v
        return v


fib = Fib()
print(fib(90), fib.calls)
print(fib(300) % 1000000007, fib.calls)
