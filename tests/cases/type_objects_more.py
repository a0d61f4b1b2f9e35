vals = [1, 2.5, "s", [1], (1,), {1: 2}, {3}, frozenset(), range(2), b"x", bytearray(b"y"), None, True]
for v in vals:
    t = type(v)
    print(t, t.__name__, t is type(v))
print(type(1) == type(2), type(1) == type(1.0), type([]) is list, type("") is not str)
print(sorted(["10", "9", "100"], key=int), list(map(str, [1, 2])), list(map(float, ["1.5", "2"])))
print(int("42"), str(7), list("ab"), tuple([1]), dict([(1, 2)]), set("aa"), frozenset([1]), range(3))
conv = [int, float, str]
print([f("3") for f in conv])
print(bool, list, dict)
print(int(), float(), str(), list(), tuple(), dict(), set(), bytes())
kinds = {int: "i", str: "s"}
print(kinds[type(5)], kinds[type("x")])
