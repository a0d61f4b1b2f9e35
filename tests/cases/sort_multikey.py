students = [
    ("alice", "B", 88), ("bob", "A", 95), ("carol", "B", 88), ("dave", "A", 72),
    ("erin", "C", 60), ("frank", "A", 95), ("gina", "B", 91),
]
print(sorted(students, key=lambda s: (s[1], -s[2], s[0])))
print(sorted(students, key=lambda s: (-s[2], s[0])))
tmp = sorted(students, key=lambda s: s[0], reverse=True)
tmp.sort(key=lambda s: s[2])
print(tmp)
tmp.sort(key=lambda s: s[1])
for s in tmp:
    print(f"{s[1]} {s[2]:>3} {s[0]}")
coords = [(1, 2), (-1, 5), (3, -2), (0, 0), (2, 2), (-2, -2)]
print(sorted(coords, key=lambda p: (p[0] * p[0] + p[1] * p[1], p)))
print(sorted(coords, key=lambda p: p[1] - p[0]))
print(sorted(["b10", "a2", "a10", "b2"], key=lambda s: (s[0], int(s[1:]))))
