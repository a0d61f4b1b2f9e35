# Functions of math as values: map/sorted/min keys, stored in variables and
# containers, called with any number of positional arguments; `math.f is
# math.f`, names imported with `from math import`.
import math
from math import fabs, floor as fl, hypot, sqrt

print(list(map(math.sqrt, [1.0, 4.0, 2.0, 9])), list(map(sqrt, [16, 0.25])))
print(sorted([-3.5, 1, -2, 0.5, -0.0], key=math.fabs), sorted([2.5, -1.5, 0.4], key=fl))
print(min([-7.5, 2.0, -1.25], key=fabs), max([1, 8, 27], key=math.cbrt))
print(list(map(math.atan2, [1, -1, 0.0], [1, 1, -1.0])), list(map(math.pow, [2, 3], [10, 0.5])))
print(list(map(math.gcd, [12, 7, 100], [18, 5, 75])), list(map(math.factorial, range(6))))
print(list(map(math.isnan, [1.0, math.nan])), list(map(math.frexp, [8.0, 0.1])), list(map(math.trunc, [2.7, -2.7, 5])))
f = math.hypot
g = hypot
print(f(), f(3), f(3, 4), g(1, 2, 2), f is g, math.sqrt is sqrt, math.floor is fl)
ops = [math.sin, math.cos, math.tan, math.exp, math.log, math.log2, math.log10, math.log1p,
       math.expm1, math.erf, math.erfc, math.gamma, math.lgamma, math.asinh, math.ceil, math.ulp]
print([op(0.5) for op in ops])
print([h(2.0) for h in (math.degrees, math.radians, math.isinf, math.isfinite, math.modf, math.sqrt)])
binops = {"atan2": math.atan2, "copysign": math.copysign, "fmod": math.fmod, "remainder": math.remainder,
          "nextafter": math.nextafter, "ldexp": math.ldexp, "comb": math.comb, "perm": math.perm,
          "lcm": math.lcm, "log": math.log, "dist": math.dist, "isclose": math.isclose}
for name, op in binops.items():
    if name in ("comb", "perm", "lcm", "ldexp"):
        print(name, op(10, 3))
    elif name == "dist":
        print(name, op([0, 0], [3, 4]))
    else:
        print(name, op(10.0, 3.0))
print(math.perm(5), math.log(100), math.prod([1, 2, 3]), math.fsum([0.1] * 10))
p = math.prod
s = math.fsum
print(p([1.5, 2]), s([0.1, 0.2, 0.3]), math.isclose(1, 1.0 + 1e-12), p(range(1, 6)))


def apply(fn, x: float) -> float:
    return fn(x)


print(apply(math.sqrt, 2.0), apply(math.exp, 1.0), apply(lambda v: math.hypot(v, v), 1.0))
