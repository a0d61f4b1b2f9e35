# factorial, comb, perm, gcd and lcm of any number of ints, isqrt, and
# floor/ceil/trunc exact on bigints, floats and bools.
import math
from math import comb, factorial, gcd, lcm, perm

print([factorial(n) for n in range(0, 25)])
print(factorial(100), factorial(True), factorial(False))
print(len(str(factorial(1000))), factorial(3000) % (10**9 + 7), factorial(20000).bit_length())
print([comb(10, k) for k in range(-0, 12)], comb(0, 0), comb(5, 7), comb(True, True))
print(comb(67, 33), comb(68, 34), comb(200, 100), comb(10**20, 3), comb(2**70, 2**70 - 3))
print(comb(1000, 500) % 1000000007, comb(10**6, 10) % 998244353)
print([perm(6, k) for k in range(8)], perm(6), perm(6, None), perm(0), perm(10**20, 3))
print(perm(300, 150) % 1000000007, perm(5, 2**63), comb(5, 2**70))
print(gcd(), gcd(0), gcd(-12), gcd(12, 18), gcd(12, -18, 27), gcd(0, 0, 5), gcd(2**64, 2**32, 2**100))
print(gcd(10**30, 10**20, 15), gcd(True, 4), gcd(7, 0), gcd(12, 30, 42))
print(lcm(), lcm(0), lcm(-4), lcm(4, 6), lcm(4, 6, 10), lcm(0, 5, 7), lcm(-4, 6), lcm(2**64, 3))
print(lcm(10**20, 3, 7), lcm(True, 5), lcm(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20))
print([math.isqrt(n) for n in [0, 1, 3, 4, 15, 16, 17, 2**52, 10**20, True]], math.isqrt(10**100 - 1))
print(math.isqrt(2**1000) == 2**500, math.isqrt(3 * 10**300))
for x in [2.5, -2.5, 0.0, -0.0, -0.5, 1e16, 1e300, 123456789.987, 7, -7, 10**30, -(10**30), True, False]:
    print(x, math.floor(x), math.ceil(x), math.trunc(x))


def digits(n: int) -> int:
    return len(str(math.factorial(n))) + math.comb(n, n // 2) % 1000 + math.perm(n, 2)


def tile(a: int, b: int) -> int:
    return math.lcm(a, b) // math.gcd(a, b) + math.isqrt(a * b)


def floors(x: float) -> int:
    return math.floor(x) + math.ceil(x) + math.trunc(x) + math.floor(7) + math.trunc(-3)


print(digits(50), digits(7), tile(12, 18), tile(10**10, 6), floors(2.5), floors(-1e17))
