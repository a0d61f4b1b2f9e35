# fsum (exact, correctly rounded), hypot of any number of coordinates, dist
# of any iterables, prod with start=.
import math
from math import dist, fsum, hypot, prod

print(fsum([0.1] * 10), sum([0.1] * 10), fsum([]), fsum([-0.0]), fsum(range(10)))
print(fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), fsum([1e-16, 1, 1e16]))
print(fsum([1e308, -1e308, 1e-308]), fsum((x * 0.1 for x in range(100))), fsum([True, 2, 3.5]))
print(fsum([math.inf, 1.0]), fsum([math.inf, math.inf]), fsum([math.nan, 1.0]), fsum([1e308, 1e308 - 1e308]))
print(fsum([2.0 ** -1074, 2.0 ** -1074]), fsum([1.0, 2.0 ** -53, 2.0 ** -106]), fsum([1.7e308, -1.7e308, 5.0]))
xs = [1.0 / (i + 1) for i in range(1000)]
print(fsum(xs), sum(xs), fsum([x * x for x in xs]))
print(hypot(), hypot(3), hypot(-3), hypot(3, 4), hypot(3, 4, 12), hypot(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1))
print(hypot(1e-320, 1e-320), hypot(1e308, 1e308), hypot(math.nan, math.inf), hypot(math.nan, 1), hypot(-0.0))
print(hypot(True, 10**20), hypot(1.5, 2.5, 3.5), hypot(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7), hypot(5e-324, 5e-324, 5e-324))
print(dist((1, 2), (4, 6)), dist([0.5, 1.5, -2.5], (1, 1, 1)), dist([], []), dist((3,), [1]))
print(dist(range(5), [x * 0.5 for x in range(5)]), dist((1e308, -1e308), (-1e308, 1e308)), dist((1, math.nan), (2, 3)))
print(prod([]), prod([1, 2, 3, 4]), prod([1.5, 2, 4]), prod(range(1, 30)), prod([2, 2.5, 10**20]))
print(prod([3], start=2), prod([], start=2.5), prod([True, True]), prod([2, "ab"]), prod(["ab"], start=3))
print(prod([[1, 2]], start=2), prod([10**20, 10**20, 1.5]), prod((x for x in [0.5] * 4), start=16))
print(prod(start=10, iterable=[1]) if False else prod([1, 2], start=5))


def norm(v: list[float]) -> float:
    return math.hypot(v[0], v[1]) + math.fsum(v) + math.dist(v, [1.0, 1.0, 1.0])


def total(v: list[int]) -> int:
    return math.prod(v) + math.prod(v, start=-1)


print(norm([3.0, 4.0, 0.5]), total([1, 2, 3, 4]))
print(fsum(x * 0.1 for x in range(100)), prod((x for x in [0.5] * 4), start=16), prod(i + 1 for i in range(20)))
print(dist((i for i in range(3)), [2, 1, 0]), fsum(1.0 / k for k in range(1, 50) if k % 3))
