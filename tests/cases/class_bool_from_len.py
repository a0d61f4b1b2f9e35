# Truthiness falls back to __len__ when __bool__ is absent; inherited dunders.


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class Plain:
    pass


class Child(Sized):
    def grow(self):
        self.n += 1


for n in [0, 1, 5]:
    s = Sized(n)
    print(n, len(s), bool(s), not s, "truthy" if s else "falsy")

p = Plain()
print(bool(p), not p)
c = Child(0)
print(bool(c), len(c))
c.grow()
print(bool(c), len(c))
c.grow()
print(len(c), bool(c))
print(len([Sized(3), Sized(0)]))
print([bool(x) for x in [Sized(0), Plain(), Child(2), Sized(1)]])
total = 0
for x in [Sized(3), Child(4), Sized(0)]:
    total += len(x)
print(total)
print(sorted([Sized(3), Sized(1), Sized(2)], key=len)[0].n)
print(max([Sized(3), Sized(7), Sized(2)], key=len).n)
