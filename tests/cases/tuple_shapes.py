def f():
    return (1, 2.5, "x")
a, b, c = f()
print(a + 1, b * 2, c * 2)
t = f()
print(t[0], t[-1], t[1] + 1.0, t[5 - 5])
pairs = [(i, i * 0.5) for i in range(4)]
tot = 0.0
for i, x in pairs:
    tot += i * x
print(tot)
rows = [([1.0, 2.0], 3.0), ([4.0], 5.0)]
for lst, w in rows:
    lst.append(w)
print(rows)
def g(p):
    q = p
    q[0].append("str")
    return q
print(g(([1],)))
mixed = [(1, 2), (1.5, "a")]
for u, v in mixed:
    print(u, v)
tt = ((1, 2), (3, 4))
print(sum(a * b for a, b in tt), tt[1][0])
nested = (([0.5],),)
nested[0][0].append(1)
print(nested)
print(len(t), t.count(1), t[1:])
for e in t:
    print(e)
# A list inside a tuple, mutated through an untyped alias.
holder = ([1.0, 2.0], 3)
def untyped(h):
    h[0].append("not a float")
    return len(h[0])
fn = untyped
print(fn(holder), holder[0][2], holder[0][0] + 1.0)
# Tuples of different shapes meeting in one variable.
v = (1, 2)
if len(holder) > 1:
    v = (1.5, "b", None)
print(v, v[0])
w = (1, [2])
w = (2, [3.5])
print(w[1][0] * 2, w)
def ret(flag):
    if flag:
        return (1, "a")
    return (2.5, None)
x0, x1 = ret(True)
y0, y1 = ret(False)
print(x0, x1, y0, y1)
big = (10**20, -(2**70))
print(big[0] + 1, big[-1] - 1)
out_of_range = (1, 2)
print(out_of_range[2])
