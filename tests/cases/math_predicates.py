# isnan/isinf/isfinite, isclose with its keywords (any order, by name),
# frexp/modf/ldexp: ints, bools, signed zeros, subnormals, infinities.
import math
from math import frexp, isclose, ldexp, modf

for x in [0.0, -0.0, 5e-324, 1.0, -1e308, math.inf, -math.inf, math.nan, 7, True, 10**300]:
    print(x, math.isnan(x), math.isinf(x), math.isfinite(x))
print(isclose(1.0, 1.0 + 1e-10), isclose(1.0, 1.1), isclose(1, 1.1, rel_tol=0.1), isclose(0.0, 1e-10))
print(isclose(0.0, 1e-10, abs_tol=1e-9), isclose(a=1, b=1.0), isclose(b=2, a=1), isclose(1, b=1))
print(isclose(1, 2, abs_tol=1, rel_tol=0), isclose(math.inf, math.inf), isclose(math.inf, -math.inf),
      isclose(math.nan, math.nan), isclose(1e308, math.inf, rel_tol=1), isclose(-0.0, 0.0),
      isclose(1, 2, rel_tol=math.nan), isclose(True, 1.0), isclose(10**20, 10**20 + 1, rel_tol=0.0))
order = []


def note(tag: str, v: float) -> float:
    order.append(tag)
    return v


print(isclose(note("a", 1.0), note("b", 1.05), abs_tol=note("abs", 0.01), rel_tol=note("rel", 0.1)), order)
for x in [0.0, -0.0, 1.0, -1.0, 0.75, 10, 1e300, -1e-300, 5e-324, 2.2250738585072014e-308, math.inf,
          -math.inf, math.nan, True, 2**1000]:
    print(x, frexp(x), modf(x))
print(modf(3.5), modf(-3.5), modf(-3.0), modf(1e300), modf(-0.0))
for x, i in [(1, 2), (0.5, 3), (1.5, True), (1.0, 1023), (1.0, -1074), (0.75, -1074), (1.0, -1075),
             (5e-324, -1), (1.0, 10**20 * -1), (-1.0, -(2**40)), (0.0, 10**30), (math.nan, 10**30),
             (-math.inf, -5), (3, 0), (1.7976931348623157e308, 0), (2.5e-310, 1074)]:
    print(x, i, ldexp(x, i))
m, e = frexp(123.456)
print(ldexp(m, e), m, e)


def classify(xs: list[float]) -> list[int]:
    out = [0, 0, 0]
    for x in xs:
        if math.isnan(x):
            out[0] += 1
        elif math.isinf(x):
            out[1] += 1
        elif math.isfinite(x):
            out[2] += 1
    return out


def close_count(xs: list[float], target: float) -> int:
    n = 0
    for x in xs:
        if math.isclose(x, target, rel_tol=1e-3):
            n += 1
    return n


vals = [0.0, math.inf, -math.inf, math.nan, 1.0, 1.0005, 0.9995, 1e308 * 10]
print(classify(vals), close_count(vals, 1.0), close_count([1.0] * 5, 1.0))
