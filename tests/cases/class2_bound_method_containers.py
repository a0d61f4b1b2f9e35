# Bound methods stored in lists and dicts, passed to map() and sorted(key=...).


class Counter:
    def __init__(self, name, step=1):
        self.name = name
        self.step = step
        self.value = 0

    def inc(self, times=1):
        self.value += self.step * times
        return self.value

    def reset(self):
        self.value = 0
        return self.name + " reset"

    def scaled(self, x):
        return x * self.step


a = Counter("a")
b = Counter("b", step=10)
ops = [a.inc, b.inc, a.inc, b.inc]
print([f() for f in ops])
print(a.value, b.value)
table = {"a": a.inc, "b": b.inc, "ra": a.reset}
print(table["a"](times=5), table["b"](3))
print(table["ra"](), a.value, b.value)
print(list(map(b.scaled, [1, 2, 3])))
print(list(map(a.scaled, range(4))))
print(list(map(Counter.scaled, [a, b], [7, 7])))


class Ranker:
    def __init__(self, weights):
        self.weights = weights

    def score(self, key):
        return self.weights.get(key, 0)


r = Ranker({"x": 3, "y": 1, "z": 2})
print(sorted(["x", "y", "z", "w"], key=r.score))
print(sorted(["x", "y", "z", "w"], key=r.score, reverse=True))
print(max(["x", "y", "z"], key=r.score), min(["x", "y", "z"], key=r.score))
words = ["z", "x", "y"]
words.sort(key=r.score)
print(words)

# a bound method keeps its instance alive and sees later mutation
f = r.score
r.weights["w"] = 100
print(f("w"), f("x"))
r = None
print(f("w"))
print(f.__self__.weights["y"])

# bound methods of several instances in a dispatch list
counters = [Counter(str(i), step=i) for i in range(5)]
incs = [c.inc for c in counters]
for _ in range(3):
    for g in incs:
        g()
print([c.value for c in counters])
print([m.__self__.name for m in incs])
print([m.__name__ for m in incs[:2]])
pairs = [(c.name, c.reset) for c in counters]
print([p[1]() for p in pairs][:2])
print(sum([c.value for c in counters]))
handlers = {}
for c in counters:
    handlers[c.name] = c.inc
print(handlers["3"](times=2), handlers["4"](), counters[3].value)
