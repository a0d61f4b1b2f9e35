def mul(xs, k):
    return [k * x for x in xs]
vals = [1, 2.5, True, 10**30, -3]
print(mul(vals, 1.5), mul(vals, -0.0))
def add(a, b):
    return a + b * 0.5
print(add(1, 2), add(2.5, 3), add(10**400, 1.0) if False else 0)
items = [0.5, 1, 2**62, -(2**62), 2**53 + 1]
print([1.0 * v for v in items], [v / 2.0 for v in items], [v // 0.75 for v in items], [2.0 % v for v in items[:2]])
def bad(v):
    return 1.5 * v
print(bad(2))
try_list = [1, "s"]
print(2.0 ** try_list[0])
print(bad("str"))
