# NaN is identical only to itself, and containers test identity before ==.
import math

nan = float("nan")
x = nan
y = float("nan")

# list / tuple membership, equality, index, count, remove
print(nan in [nan], [nan] == [nan], (nan,) == (nan,), [nan] != [nan])
print([nan].index(nan), (1.0, nan).index(nan), [nan, 1.0, nan].count(nan), (nan, nan).count(nan))
l = [1.0, nan, 2.0]
l.remove(nan)
print(l)
print([x] == [y], x in [y], [x] < [x], [x] <= [x], [x] > [x], [x] >= [x])
print([float("nan")] == [float("nan")], float("nan") in [float("nan")])
print((x, 1) == (x, 1), (x, 1) < (x, 2), [[x]] == [[x]], [(x,)] == [(x,)])

# set and dict lookup
print(len({nan, nan}), len({x, y}), len({float("nan"), float("nan")}))
d = {}
d[nan] = 1
d[nan] = 2
print(len(d), d[nan], nan in d, y in d, d.get(nan), d.get(y, "absent"))
s = {x}
print(x in s, y in s, s == {x}, {x} <= s, s - {x}, s | {x})
s.discard(x)
print(s)
e = {x: 1, y: 2}
print(len(e), e[x], e[y], e == {x: 1, y: 2}, {1: x} == {1: x}, {1: x} == {1: y})
print(list(e.values()), x in e.keys(), (x, 1) in e.items(), (y, 2) in e.items())
t = (x, 1)
print({t: 3}[t], t in {t}, len({(x, 1), (x, 1)}), hash(t) == hash((x, 1)))

# math.nan is one object
print([math.nan] == [math.nan], math.nan in [math.nan], len({math.nan, math.nan}))
print([math.nan] == [nan], len({math.nan, nan}))

# arithmetic makes new objects
z = math.inf - math.inf
print(len({z, nan}), [nan] == [-nan], len({-nan, nan}))

# typed float lists re-box their items
fl = [1.5, nan, 2.5]
print(nan in fl, fl.index(nan), fl.count(nan), fl == [1.5, nan, 2.5], fl[1] in fl)
print(fl == fl[:], fl[1:2] == [nan], sorted(fl)[0:1] == [1.5])
fl2 = [nan] * 3
print(fl2.count(nan), fl2 == [nan, nan, nan], len(set(fl2)))
m = max([nan, 1.0])
print(m in [nan], min([1.0, nan]), [m] == [nan])


def f(v):
    return [v] == [v], v in (v,), len({v, v})


print(f(nan), f(float("nan")))
