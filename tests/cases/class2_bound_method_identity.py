# Bound method equality, identity, repr and hashing.


class Thing:
    def __init__(self, n):
        self.n = n

    def get(self):
        return self.n

    def other(self):
        return -self.n


t = Thing(1)
u = Thing(1)
print(t.get == t.get)
print(t.get is t.get)
print(t.get != t.get)
print(t.get == u.get, t.get != u.get)
print(t.get == t.other)
m1 = t.get
m2 = t.get
print(m1 == m2, m1 is m2, m1 is m1)
print(repr(t.get).startswith("<bound method Thing.get of <"))
print(str(t.other).startswith("<bound method Thing.other of "))
print(repr(t.get).endswith(">"))
print(hash(t.get) == hash(t.get))
print(t.get in [u.get, t.get], t.get in [u.get])
d = {t.get: "tget", u.get: "uget"}
print(len(d), d[t.get], d[u.get])
print(callable(t.get), callable(Thing.get), callable(t), callable(Thing))
print(type(t.get).__name__)
print(Thing.get(u), Thing.other(t))
print(Thing.get is Thing.get, Thing.get == Thing.get)
print(type(Thing.get).__name__)
s = set([t.get, t.get, u.get])
print(len(s))
x = t.get
t.n = 42
print(x())
t.get = lambda: "shadowed"
print(t.get(), x(), u.get())
del t.get
print(t.get())
print(x.__self__ is t, x.__func__ is Thing.get)
