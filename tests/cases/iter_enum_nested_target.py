# Nested unpacking targets under enumerate.
pairs = [(1, "one"), (2, "two"), (3, "three")]
for i, (a, b) in enumerate(pairs):
    print(i, a, b)
for i, (a, b) in enumerate(pairs, start=1):
    print(i, a * 10, b.upper())
triples = [[1, [2, 3]], [4, [5, 6]]]
for i, (a, (b, c)) in enumerate(triples):
    print(i, a + b + c)
for i, (a, *rest) in enumerate([(1, 2, 3), (4,), (5, 6)]):
    print(i, a, rest)
for (i, (x, y)) in enumerate(zip("ab", "cd")):
    print(i, x, y)
for i, (k, v) in enumerate({"x": 1.5, "y": -2.0}.items()):
    print(i, k, v)
for i, [a, b] in enumerate(["pq", "rs"]):
    print(i, a, b)
print([i + a + b for i, (a, b) in enumerate([(1, 2), (3, 4)])])
print(sum(i * a for i, (a, _) in enumerate(pairs)))
print({b: i for i, (_, b) in enumerate(pairs)})
print(i, a, b)
