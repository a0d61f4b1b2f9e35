for i, c in enumerate("abc"):
    print(i, c)
for i, c in enumerate("abc", 1):
    print(i, c)
for i, c in enumerate("abc", start=-2):
    print(i, c)
print(list(enumerate([])), list(enumerate(["x"], 10 ** 20)), list(enumerate(range(3), 5)))
d = {"k1": "v1", "k2": "v2"}
for i, k in enumerate(d):
    print(i, k, d[k])
for i, (k, v) in enumerate(d.items()):
    print(i, k, v)
for n, (a, (b, c)) in enumerate([(1, (2, 3)), (4, (5, 6))]):
    print(n, a, b, c)
pos = {c: i for i, c in enumerate("hello")}
print(pos)
print(dict(enumerate("ab")), list(enumerate(enumerate("xy"))))
print([i * v for i, v in enumerate([5, 5, 5, 5])])
