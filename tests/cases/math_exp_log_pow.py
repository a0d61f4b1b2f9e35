# exp2, expm1, log1p, cbrt, the logarithms of any int, pow, fmod, remainder,
# copysign, nextafter, ulp: values, edge cases and signed zeros.
import math

for x in [0.0, -0.0, 1e-300, 1e-17, 1e-5, 0.5, 1.0, -1.0, 10.0, -40.0, 700.0, -745.0, -800.0,
          5e-324, math.inf, -math.inf, math.nan, 3, True]:
    print(x, math.exp2(x) if x < 1000 else "-", math.expm1(x) if x < 700 else "-",
          math.log1p(x) if x > -1 else "-", math.cbrt(x))
for n in [1, 2, 7, 1024, 10**20, 2**1023, 2**1024, 10**400, 3**3000, 2**5000 + 1, True]:
    print(math.log(n), math.log2(n), math.log10(n), math.log(n, 7), math.log(n, 2.5))
print(math.log(8, 2), math.log(100, 10), math.log(2**2000, 2), math.log(10**400, 10**400))
print(math.log(0.5, 0.25), math.log(math.inf), math.log2(0.125), math.log10(1e-300))
for x, y in [(2, 0.5), (-8, 3), (2, -1075), (0.0, 0.0), (-0.0, 3), (1, math.nan),
             (math.nan, 0), (-1, math.inf), (0.5, -math.inf), (-math.inf, 3), (-math.inf, -3),
             (math.inf, -2), (10, 308), (1.0000001, 1e7), (True, 10**20)]:
    print(x, y, math.pow(x, y))
for x, y in [(7, 3), (-7, 3), (7, -3), (-0.0, 1), (5.5, 1.5), (1e300, 3e-300), (7, math.inf),
             (-7, -math.inf), (10**20, 7), (math.nan, 1)]:
    print(x, y, math.fmod(x, y), math.remainder(x, y))
for x in [0.5, 1.5, 2.5, 3.5, -0.5, -2.5, 4.0, 1e300]:
    print(x, math.remainder(x, 1.0), math.remainder(x, 2), math.remainder(3, math.inf))
print(math.copysign(1, -0.0), math.copysign(-3, 0.0), math.copysign(2.5, -math.nan),
      math.copysign(math.inf, -1), math.copysign(True, -2))
print(math.nextafter(0.0, 1.0), math.nextafter(0.0, -1.0), math.nextafter(1.0, 2.0),
      math.nextafter(1.0, 0.0), math.nextafter(-0.0, 0.0), math.nextafter(math.inf, 0),
      math.nextafter(1.7976931348623157e308, math.inf), math.nextafter(3, 3))
print(math.ulp(1.0), math.ulp(-2), math.ulp(0.0), math.ulp(5e-324), math.ulp(1e300),
      math.ulp(1.7976931348623157e308), math.ulp(math.inf), math.ulp(math.nan))


def growth(rate: float, years: int) -> float:
    return math.expm1(math.log1p(rate) * years) + math.exp2(-rate) + math.cbrt(rate)


def mixed(x: float, y: float) -> float:
    return math.pow(x, y) + math.fmod(x, y) + math.remainder(x, y) + math.copysign(x, -y) + math.ulp(x)


print(growth(0.05, 10), growth(1e-12, 1000), mixed(2.5, 1.25), mixed(100.0, 7.0))
