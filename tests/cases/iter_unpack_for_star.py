# Starred targets in for loops.
rows = [[1, 2, 3], [4, 5], [6], (7, 8, 9, 10)]
for a, *rest in rows:
    print(a, rest, len(rest))
for *init, last in rows:
    print(init, last)
for a, *mid, z in ["abc", "de", "fghij"]:
    print(a, mid, z)
print([a + sum(rest) for a, *rest in rows])
print([len(init) for *init, _ in rows])
for i, (h, *t) in enumerate(["xy", "z"]):
    print(i, h, t)
for (a, *b), c in zip(["pq", "rst"], [1, 2]):
    print(a, b, c)
for k, *v in {"ab": 1, "c": 2}:
    print(k, v)
print(a, rest, init, last)
for a, *rest in [[0]]:
    pass
print(a, rest, type(rest).__name__)
