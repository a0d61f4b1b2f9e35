# Float sums must add strictly left to right, one rounding per step (no fma, no reordering).
a = 1.0 + 2.0**-30
b = 1.0 - 2.0**-30
print(sum((x * y for x, y in zip([a], [b])), -1.0))
t = -1.0
for x, y in zip([a], [b]):
    t += x * y
print(t)
def fused(xs: list[float], ys: list[float], start: float) -> float:
    acc = start
    for x, y in zip(xs, ys):
        acc += x * y
    return acc
def fused_gen(xs: list[float], ys: list[float]) -> float:
    return sum(x * y for x, y in zip(xs, ys))
print(fused([a], [b], -1.0), fused_gen([a, -1.0], [b, 1.0]))
vals = [1e16, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, -1e16, 1.0, 1.0, 1.0]
print(sum(v for v in vals), sum(vals))
def loop(vs: list[float]) -> float:
    s = 0.0
    for v in vs:
        s += v
    return s
def loop_idx(vs: list[float]) -> float:
    s = 0.0
    for i in range(len(vs)):
        s += vs[i]
    return s
def loop_enum(vs: list[float]) -> float:
    s = 0.0
    for i, v in enumerate(vs):
        s += v
    return s
print(loop(vals), loop_idx(vals), loop_enum(vals))
small = [0.1 * k for k in range(1, 17)]
print(sum(x for x in small), loop(small), sum(x for x in reversed(small)))
print(sum(x * x for x in small), sum(x / 7.0 for x in small))
big = [float(2**53), 1.0, 1.0, 1.0, 1.0]
print(sum(x for x in big), sum(x for x in reversed(big)), loop(big))
print(sum(x for x in [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8]))
print(sum(x for x in [1e-16] * 8 + [1.0]), sum(x for x in [1.0] + [1e-16] * 8))
prod = 1.0
for x in [1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7, 1.8]:
    prod *= x
print(prod)
m = 0.0
for x in small:
    m = m * 0.5 + x
print(m)
