# Chained comparisons with user __lt__/__le__/__eq__ returning non-bools.


class N:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        log.append(str(self.v) + "<" + str(other.v))
        return self.v < other.v

    def __le__(self, other):
        log.append(str(self.v) + "<=" + str(other.v))
        return self.v <= other.v

    def __gt__(self, other):
        log.append(str(self.v) + ">" + str(other.v))
        return self.v > other.v


log = []
a = N(1)
b = N(2)
c = N(3)
print(a < b < c, log)
log = []
print(b < a < c, log)
log = []
print(a < b > c, log)
log = []
print(a <= a < b <= c, log)
log = []
print(c > b > a, log)

made = []


def mk(v):
    made.append(v)
    return N(v)


log = []
print(mk(1) < mk(2) < mk(3), made)
made = []
print(mk(5) < mk(2) < mk(3), made)


class Diff:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return other.v - self.v

    def __eq__(self, other):
        return "same" if self.v == other.v else ""

    def __repr__(self):
        return "D" + str(self.v)


x = Diff(1)
y = Diff(4)
z = Diff(10)
print(x < y, y < x, x < x)
print(x < y < z)
print(y < x < z)
print(x < x < z)
print(x == Diff(1) == Diff(1), x == y == z)
print(x == Diff(1) != Diff(1))
print([d for d in [x, y, z] if x < d])
print(1 < 2 < Diff(3).v < 4)
