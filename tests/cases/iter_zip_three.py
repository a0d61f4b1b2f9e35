# zip of three (and more) iterables of mixed kinds.
for a, b, c in zip([1, 2, 3], "xyz", (True, False, None)):
    print(a, b, c)
for a, b, c in zip(range(3), range(10, 20, 4), range(-1, -10, -1)):
    print(a + b + c, end=" ")
print()
d = {"k1": 1, "k2": 2, "k3": 3}
for k, v, ch in zip(d, d.values(), "pq"):
    print(k, v, ch)
for k, kv in zip(d.keys(), d.items()):
    print(k, kv)
print(list(zip("ab", "cd", "ef", "gh", "ij")))
print(["".join(t) for t in zip("abc", "def", "ghi")])
for (x,) in zip([7, 8]):
    print("single", x)
print(list(zip([1, 2])), list(zip()))
print(list(zip({3, 1, 2}, sorted({3, 1, 2}))))
for a, b in zip(b"hi", "hi"):
    print(a, b, ord(b) == a)
print(list(zip(range(2**64, 2**64 + 3), range(3))))
tot = 0.0
for x, y, z in zip([0.5, 1.5], [2.0, 4.0], [1.0, -1.0]):
    tot += x * y * z
print(tot)
print(max(a + b + c for a, b, c in zip([1, 5], [2, 1], [3, 0])))
