# Nested targets in zip loops.
pts = [(0, 1), (2, 3), (4, 5)]
names = ["p", "q", "r"]
for (x, y), n in zip(pts, names):
    print(n, x, y)
for n, (x, y) in zip(names, pts):
    print(n, x + y)
for (a, b), (c, d) in zip(pts, pts[1:]):
    print(a, b, c, d, (c - a) * (d - b))
for (i, ch), v in zip(enumerate("ab", 1), [0.5, 1.5]):
    print(i, ch, v)
for a, (b, (c, d)) in zip("xy", [(1, (2, 3)), (4, (5, 6))]):
    print(a, b, c, d)
for (k, v), m in zip({"a": 1, "b": 2}.items(), [10, 20]):
    print(k, v * m)
for (first, *rest), z in zip([[1, 2, 3], [4]], "uv"):
    print(first, rest, z)
print([x * y for (x, y), _ in zip(pts, range(2))])
print({n: (x, y) for n, (x, y) in zip(names, pts)})
print(x, y, n)
