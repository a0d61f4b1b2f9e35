# The trigonometric and hyperbolic functions (CPython calls the C library's):
# ordinary values, signed zeros, infinities, NaNs, subnormals, ints and bools,
# on the unboxed typed path and on boxed values.
import math
from math import acos, asinh, atan2, tanh

specials = [0.0, -0.0, 5e-324, -2.5e-310, 1e-300, 0.5, -0.5, 1.0, -1.0, 3.0, 1e16, 1e300,
            math.inf, -math.inf, math.nan]
for x in specials:
    print(x, math.tan(x) if not math.isinf(x) else "-", math.atan(x), math.asinh(x), math.tanh(x),
          math.sinh(x) if abs(x) < 700 else "-", math.cosh(x) if abs(x) < 700 else "-")
for x in [-1.0, -0.75, -0.0, 0.0, 1e-10, 0.3, 0.999999, 1.0, 1, True, False]:
    print(x, math.asin(x), math.acos(x), math.atanh(x) if abs(x) < 1 else "-")
for x in [1.0, 1.0000001, 2, 10.5, 1e10, 1e308, math.inf]:
    print(x, math.acosh(x))
print(math.atan2(1, 2), math.atan2(-0.0, -1), math.atan2(0.0, -0.0), math.atan2(-0.0, 0.0))
print(math.atan2(math.inf, math.inf), math.atan2(-math.inf, -math.inf), math.atan2(math.inf, 3))
print(math.atan2(2.0, math.inf), math.atan2(-2.0, -math.inf), math.atan2(math.nan, 1), math.atan2(True, 10**20))
print(math.tan(10**20), math.sin(10**22), math.cos(2**60), math.sinh(-700), math.cosh(710.4))
print(acos(-1), asinh(1e300), atan2(3, 4), tanh(-20))


def kernel(xs: list[float]) -> float:
    s = 0.0
    for x in xs:
        s += math.tan(x) * math.atan(x) - math.asinh(x) / (1.0 + math.cosh(x)) + math.tanh(x)
        s += math.atan2(x, 1.5) + math.sinh(x * 0.5)
    return s


def inverse(y: float) -> float:
    return math.asin(y) + math.acos(y) + math.atanh(y * 0.5) + math.acosh(2.0 + y)


print(kernel([0.1 * i - 2.0 for i in range(40)]))
print(inverse(0.25), inverse(-0.75), inverse(1.0))
print([round(math.degrees(t), 9) for t in [0, math.pi / 6, math.pi / 2, -math.pi, 1e308]])
print([math.radians(d) for d in [0, 30, 90, 180, -360, 10**20, True]])
