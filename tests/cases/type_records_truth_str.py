# Truth tests use the type's truth slot, else its length; str() its str slot, else repr.
d = {}
vals = [None, True, False, 0, -0, 7, 2**80, 0.0, -0.0, float("nan"), "", "x", (), (0,), [], [[]],
        d, {0: 0}, set(), {0}, frozenset(), range(0), range(-3), range(2**80), b"", b"\0",
        bytearray(), d.keys(), {1: 1}.values(), d.items(), iter([]), len, slice(0)]
print([bool(v) for v in vals])
print(["yes" if v else "no" for v in vals])
print([not v for v in vals])
print(str(None), str(True), str(3), str(2**70), str(1e22), str("s"), str((1, "s")), str(["s"]), str({"s": "t"}))
print(str(range(3)), str(b"b"), str(bytearray(b"c")), str(d.keys()), str(int), str(slice(1, 2)))
x = 0
while [1] * x:
    x -= 1
n = 5
while n:
    n -= 1
print(x, n, 1 if "a" else 2, 3 if () else 4)
