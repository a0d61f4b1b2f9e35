def f(a, b):
    return a + b, a - b, a * b, a // b if b else 0, a % b if b else 0, a & b if isinstance(a, int) else 0
vals = [0, 1, -1, 7, -7, 2**61, -(2**62), 2**62 - 1, 10**20, 1.5, -0.0, float("nan"), True]
for a in vals:
    for b in vals:
        if isinstance(a, float) or isinstance(b, float):
            print(a + b, a - b, a * b, a / b if b else None, a < b, a <= b, a == b, a != b, a > b, a >= b)
        else:
            print(f(a, b), a < b, a == b, a >= b)
def t(x):
    return "T" if x else "F"
print([t(v) for v in vals + [None, "", "a", [], [0], 0.0, False]])
print([1, 2] + [3], "a" + "b", (1,) * 2, "ab" * 3)
