# Rebinding the iterated name inside the loop does not change what is iterated.
xs = [1, 2, 3]
for x in xs:
    xs = [x * 100]
    print(x, xs)
d = {"a": 1, "b": 2}
for k, v in d.items():
    d = {"z": 0}
    print(k, v, d)
s = "abc"
for i, c in enumerate(s):
    s = s + "!"
    print(i, c, s)
a, b = [1, 2, 3], [4, 5, 6]
for p, q in zip(a, b):
    a, b = b, a
    print(p, q)
r = range(3)
for i in r:
    r = range(100)
    print(i)
def f(xs):
    out = []
    for x in xs:
        xs = xs[1:]
        out.append((x, len(xs)))
    return out
print(f([5, 6, 7]))
def g(xs: list[int]) -> int:
    t = 0
    for x in xs:
        xs = [0]
        t += x
    return t + len(xs)
print(g([10, 20, 30]))
