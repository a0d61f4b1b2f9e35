for v in ([], [0], [[]], (), (0,), {}, {0: 0}, set(), {0}, "", " ", range(0), range(1), frozenset()):
    print(repr(v), bool(v), len(v), "yes" if v else "no")
xs = [1, 2, 3]
count = 0
while xs:
    xs.pop()
    count += 1
print(count, xs, not xs)
d = {"a": 1}
if d:
    print("nonempty dict")
del d["a"]
if not d:
    print("empty dict")
print([] or "default", [1] or "default", [] and "x", [1] and "x")
print(len([[1, 2, 3]]), len([[], []]), len({"a": [1, 2, 3]}), len(list(range(100))))
