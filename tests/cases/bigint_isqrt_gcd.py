import math
print(math.isqrt(10 ** 40), math.isqrt(10 ** 40 - 1), math.isqrt(2 ** 127))
print(math.isqrt(0), math.isqrt(1), math.isqrt(99), math.isqrt(2 ** 64 - 1))
print(math.gcd(2 ** 100, 6 ** 50), math.gcd(-(10 ** 30), 10 ** 20 + 10 ** 10), math.gcd(0, -(2 ** 70)))
print(math.floor(10 ** 30), math.ceil(-10 ** 30), math.floor(1e30), math.ceil(1e300) == 10 ** 300)
print(math.sqrt(10 ** 40), math.sqrt(2 ** 64))
