# enumerate over lists, strs, dicts, sets of ints, ranges, tuples, bytes.
for i, x in enumerate([3.5, -1.0, 2.25]):
    print("list", i, x)
for i, ch in enumerate("héllo"):
    print("str", i, ch)
d = {"one": 1, "two": 2, "three": 3}
for i, k in enumerate(d):
    print("dict", i, k, d[k])
for i, kv in enumerate(d.items()):
    print("items", i, kv)
for i, v in enumerate(d.values(), 1):
    print("values", i, v)
s = {5, 3, 17, 1, 33, -4, 100}
for i, x in enumerate(s):
    print("set", i, x)
for i, x in enumerate(range(10, 0, -3)):
    print("range", i, x)
for i, x in enumerate((None, True, "t", 1.5)):
    print("tuple", i, x)
for i, b in enumerate(b"AZ"):
    print("bytes", i, b)
for i, x in enumerate(frozenset({2, 9, 4})):
    print("frozenset", i, x)
for i, t in enumerate(zip("ab", [1, 2])):
    print("zip", i, t)
for i, (j, c) in enumerate(enumerate("xy", 7)):
    print("enum-enum", i, j, c)
for i, x in enumerate(reversed([1, 2, 3])):
    print("reversed", i, x)
for i, x in enumerate(sorted({"b": 0, "a": 1})):
    print("sorted", i, x)
