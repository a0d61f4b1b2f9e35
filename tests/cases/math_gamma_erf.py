# gamma and lgamma (CPython's own Lanczos implementation) and erf/erfc,
# across their domains: small, large, negative, near the poles.
import math

for x in [0.5, 1.0, 1.5, 2.0, 3.0, 5.0, 10.5, 23.0, 24.0, 30.5, 100.25, 140.5, 171.5, 171.6,
          1e-20, 1e-300, -1e-300, -0.5, -1.5, -2.5, -10.25, -100.5, -170.5, -180.5, -200.5,
          -1e10 - 0.5, 5e-300, 0.999999999999, 2.000000000001, -0.999999, -1.000001]:
    print(x, math.gamma(x) if x < 171.7 else "-", math.lgamma(x))
for x in [1e5, 1e10, 1e300, math.inf, -math.inf, math.nan, 2.5e305]:
    print(x, math.lgamma(x))
print(math.gamma(math.inf), math.gamma(math.nan), math.lgamma(1), math.lgamma(2), math.gamma(True))
for x in [0.0, -0.0, 1e-300, 1e-10, 0.1, 0.5, 1.0, -1.0, 2.0, 3.5, 6.0, 10.0, 26.5, 27.3, 30.0,
          -30.0, math.inf, -math.inf, math.nan, 3, False]:
    print(x, math.erf(x), math.erfc(x))


def normal_cdf(x: float) -> float:
    return 0.5 * math.erfc(-x / math.sqrt(2.0))


def log_beta(a: float, b: float) -> float:
    return math.lgamma(a) + math.lgamma(b) - math.lgamma(a + b)


print([normal_cdf(i * 0.5) for i in range(-6, 7)])
print(log_beta(0.5, 0.5), log_beta(10.0, 20.5), math.exp(log_beta(2.0, 3.0)), math.gamma(0.5) ** 2)
