xs = [[1.0, 2.0], [3.0]]
t = tuple(xs)
t[0].append(9.5)
print(t, xs, len(t), t[1][0] + 1.0, t[-1:], t[::-1])
a, b = t
print(a, b)
for row in t:
    print(sum(row))
u = tuple(range(5))
print(u, sum(u), u[2] * 3)
v = tuple("abc")
print(v, "".join(v))
w = t if len(t) > 5 else (["x"],)
print(w)
def f(p):
    p[0].append("s")
mixed = tuple([[1], [2]])
fn = f
fn(mixed)
print(mixed)
e = tuple()
print(e, len(e))
pairs = tuple((i, i * 0.5) for i in range(3))
print(pairs, [x * y for x, y in pairs])
