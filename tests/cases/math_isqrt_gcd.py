import math
for n in range(0, 30, 3):
    print(n, math.isqrt(n))
print(math.isqrt(2 ** 62), math.isqrt(2 ** 63), math.isqrt(9223372036854775807))
print(math.gcd(12, 18), math.gcd(-12, 18), math.gcd(12, -18), math.gcd(0, 0), math.gcd(0, -5), math.gcd(7, 13))
print(math.gcd(2 ** 64, 2 ** 40 * 3), math.gcd(True, 4))
def lcm(a: int, b: int) -> int:
    return a // math.gcd(a, b) * b
l = 1
for i in range(1, 21):
    l = lcm(l, i)
print(l)
