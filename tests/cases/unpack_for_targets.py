data = {"alice": [90, 85], "bob": [70, 95], "cy": [100, 100]}
for name, (s1, s2) in data.items():
    print(f"{name:>6}: {s1} {s2} avg={(s1 + s2) / 2}")
for i, (name, scores) in enumerate(sorted(data.items())):
    print(i, name, sum(scores))
for a, b in zip("abc", [1, 2, 3]):
    print(a * b, end=" ")
print()
for (a, b), (c, d) in [((1, 2), (3, 4)), ((5, 6), (7, 8))]:
    print(a * d - b * c)
for k, v in [("x", 1), ["y", 2], "z3"]:
    print(k, v)
for x, y in {(1, 2)}:
    print(x, y)
for i, c in enumerate("hey"):
    pass
print(i, c)
pairs = [[0, 0]] * 2
for p in pairs:
    p[0], p[1] = p[1] + 1, p[0] + 2
print(pairs)
