# Typed numeric kernels: math on unboxed floats (and ints converted to
# floats), in pure functions (their raw clones) and over list[float].
import math


def dist2(x1: float, y1: float, x2: float, y2: float) -> float:
    return math.hypot(x2 - x1, y2 - y1)


def angle(x: float, y: float) -> float:
    return math.degrees(math.atan2(y, x))


def smooth(x: float) -> float:
    return math.tanh(x) + math.erf(x / 2.0) - math.expm1(-abs(x)) + math.log1p(x * x)


def stirling_err(n: int) -> float:
    return math.lgamma(n + 1.0) - (n * math.log(n) - n + 0.5 * math.log(2.0 * math.pi * n))


def wave(t: float) -> float:
    return math.sin(t) * math.cos(2.0 * t) + math.tan(t / 4.0) + math.fmod(t, 1.5) + math.pow(1.01, t)


def poly_roots(a: float, b: float, c: float) -> list[float]:
    d = b * b - 4.0 * a * c
    if d < 0.0:
        return []
    r = math.sqrt(d)
    q = -0.5 * (b + math.copysign(r, b))
    return sorted([q / a, c / q])


def path_length(xs: list[float], ys: list[float]) -> float:
    total = 0.0
    for i in range(1, len(xs)):
        total += dist2(xs[i - 1], ys[i - 1], xs[i], ys[i])
    return total


def bad_count(xs: list[float]) -> int:
    n = 0
    for x in xs:
        if not math.isfinite(x) or math.isnan(math.sqrt(abs(x))):
            n += 1
    return n


xs = [math.cos(i * 0.1) * i for i in range(200)]
ys = [math.sin(i * 0.1) * i for i in range(200)]
print(path_length(xs, ys))
print(angle(1.0, 1.0), angle(-1.0, 0.0), angle(0.0, -2.0), angle(3, 4))
print([smooth(i * 0.25 - 2.0) for i in range(17)])
print([stirling_err(n) for n in [1, 2, 10, 100, 1000]])
print(sum(wave(i * 0.01) for i in range(1000)))
print(poly_roots(1.0, -3.0, 2.0), poly_roots(1.0, 2.0, 5.0), poly_roots(2.0, 1e8, 1.0))
print(bad_count([1.0, math.inf, -4.0, math.nan, 0.0]), dist2(0, 0, 3, 4), dist2(1e300, 0.0, -1e300, 0.0))
acc = 0.0
for i in range(1, 2000):
    x = i * 0.001
    acc += math.sqrt(x) + math.exp(-x) + math.log(x) + math.asin(x / 2.0) + math.acos(x / 2.0) + math.atan(x)
    acc += math.sinh(x) - math.cosh(x) + math.asinh(x) + math.acosh(1.0 + x) + math.atanh(x / 2.0)
    acc += math.cbrt(x) + math.exp2(x) + math.log2(x) + math.log10(x) + math.gamma(x + 1.0) + math.erfc(x)
    acc += math.ulp(x) + math.remainder(x, 0.3) + math.nextafter(x, 0.0) + math.radians(x)
print(acc, math.floor(acc), math.ceil(-acc), math.trunc(acc / 3.0))
