# Nested unpacking targets in assignments and for loops.
(a, b), c = (1, 2), 3
print(a, b, c)
a, (b, c) = "x", "yz"
print(a, b, c)
[a, b], [c, d] = [1, 2], (3, 4)
print(a, b, c, d)
((a, b), (c, d)), e = ((1, 2), (3, 4)), 5
print(a, b, c, d, e)
(a, b), = [(8, 9)]
print(a, b)
for (k, v), i in zip({"p": 1, "q": 2}.items(), range(5)):
    print(k, v, i)
for x, (y, z) in [(1, (2, 3)), (4, "56")]:
    print(x, y, z)
for [x, y] in ["ab", [1, 2]]:
    print(x, y)
rows = [(1, (2.5, "a")), (2, (3.5, "b"))]
print([(n, s, f * 2) for n, (f, s) in rows])
print(sum(f for _, (f, _) in rows))
print({s: n for n, (_, s) in rows})
xs = [0, 0]
(xs[0], xs[1]), y = (5, 6), 7
print(xs, y)
d = {}
(d["a"], d["b"]) = range(2)
print(d)
