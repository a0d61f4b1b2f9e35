(a, b), c = (1, 2), 3
print(a, b, c)
a, (b, c) = "x", "yz"
print(a, b, c)
(a, b), (c, d) = [[1, 2], (3, 4)]
print(a, b, c, d)
((a, b), c), d = ((1, 2), 3), 4
print(a, b, c, d)
[a, [b, [c]]] = [1, [2, [3]]]
print(a, b, c)
for (x, y), z in [((1, 2), 3), ((4, 5), 6)]:
    print(x + y + z, end=" ")
print()
for name, (lo, hi) in {"a": (1, 5), "b": (2, 8)}.items():
    print(name, hi - lo)
pts = [(1, (2, 3)), (4, (5, 6))]
total = 0
for x, (y, z) in pts:
    total += x * y * z
print(total)
xs = [0, 0, 0]
xs[0], xs[2] = 5, 7
print(xs)
d = {}
d["a"], d["b"] = "AB"
print(d)
ys = [1, 2, 3]
i = 0
i, ys[i] = 1, 99
print(i, ys)
m = [[0, 0], [0, 0]]
m[0][1], m[1][0] = m[1][0] + 1, m[0][1] + 2
print(m)
