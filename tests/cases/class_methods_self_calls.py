# Methods calling other methods, defaults, keyword args, tuple/list returns.


class Stats:
    def __init__(self, data):
        self.data = data

    def total(self):
        s = 0
        for x in self.data:
            s += x
        return s

    def mean(self):
        return self.total() / len(self.data)

    def spread(self):
        return min(self.data), max(self.data)

    def summary(self, digits=2, label="stats"):
        lo, hi = self.spread()
        return label + ": mean=" + str(round(self.mean(), digits)) + " range=" + str(hi - lo)

    def scaled(self, factor=2, offset=0):
        return [x * factor + offset for x in self.data]

    def above(self, threshold=None):
        if threshold is None:
            threshold = self.mean()
        out = []
        for x in self.data:
            if x > threshold:
                out.append(x)
        return out

    def describe_all(self):
        return (self.total(), self.spread(), self.above(), self.summary(1))


s = Stats([3, 1, 4, 1, 5, 9, 2, 6])
print(s.total())
print(s.mean())
print(s.spread())
lo, hi = s.spread()
print(lo, hi)
print(s.summary())
print(s.summary(3))
print(s.summary(label="digits", digits=0))
print(s.scaled())
print(s.scaled(3))
print(s.scaled(offset=1))
print(s.scaled(offset=-1, factor=10))
print(s.above())
print(s.above(4))
print(s.above(threshold=100))
print(s.describe_all())
t = s.describe_all()
print(len(t), t[1][0], t[2])

s.data.append(100)
print(s.summary())
print(s.above())
