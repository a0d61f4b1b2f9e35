# An LRU cache implemented with a dict and a recency list, with container
# dunders, used to memoize a callable object.


class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = {}
        self.order = []
        self.hits = 0
        self.misses = 0
        self.evicted = []

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        return key in self.data

    def __getitem__(self, key):
        self.order.remove(key)
        self.order.append(key)
        return self.data[key]

    def __setitem__(self, key, value):
        if key in self.data:
            self.order.remove(key)
        elif len(self.data) >= self.capacity:
            old = self.order.pop(0)
            del self.data[old]
            self.evicted.append(old)
        self.data[key] = value
        self.order.append(key)

    def __delitem__(self, key):
        del self.data[key]
        self.order.remove(key)

    def __iter__(self):
        return iter(list(self.order))

    def get(self, key, default=None):
        if key in self:
            self.hits += 1
            return self[key]
        self.misses += 1
        return default

    def __repr__(self):
        return "LRU(" + ", ".join([repr(k) + ": " + repr(self.data[k]) for k in self.order]) + ")"


c = LRU(3)
c["a"] = 1
c["b"] = 2
c["c"] = 3
print(c, len(c))
print(c.get("a"), c)
c["d"] = 4
print(c, c.evicted)
print("b" in c, "a" in c, c.get("b", "gone"), c.get("zz"))
c["c"] = 30
c["e"] = 5
print(c, c.evicted)
del c["c"]
print(c, len(c), list(c))
for k in c:
    c[k] = c[k] * 10
print(c, c.hits, c.misses)


class Memo:
    def __init__(self, fn, size):
        self.fn = fn
        self.cache = LRU(size)
        self.calls = 0

    def __call__(self, n):
        self.calls += 1
        hit = self.cache.get(n)
        if hit is not None:
            return hit
        v = self.fn(self, n)
        self.cache[n] = v
        return v


def slow_fib(memo, n):
    if n < 2:
        return n
    return memo(n - 1) + memo(n - 2)


def collatz_len(memo, n):
    if n == 1:
        return 1
    if n % 2 == 0:
        return 1 + memo(n // 2)
    return 1 + memo(3 * n + 1)


fib = Memo(slow_fib, 4)
print(fib(60), fib.calls, fib.cache.hits, fib.cache.misses, len(fib.cache))
print(list(fib.cache), len(fib.cache.evicted))
col = Memo(collatz_len, 200)
best = 0
arg = 0
for i in range(1, 3000):
    L = col(i)
    if L > best:
        best = L
        arg = i
print(arg, best, col.calls, len(col.cache), col.cache.hits, col.cache.misses)
print(len(col.cache.evicted) + len(col.cache) == col.cache.misses)
big = LRU(1000)
for i in range(5000):
    big[i % 1500] = i
print(len(big), len(big.evicted), big.order[:3], big.order[-3:])
