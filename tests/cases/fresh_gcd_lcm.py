import math

def lcm(a: int, b: int) -> int:
    return a // math.gcd(a, b) * b

acc = 1
for i in range(1, 41):
    acc = lcm(acc, i)
print("lcm(1..40) =", acc)
print(math.gcd(0, 0), math.gcd(-12, 18), math.gcd(2 ** 64, 2 ** 40 * 3))
print(math.isqrt(10 ** 30), math.isqrt(99), math.floor(-2.5), math.ceil(-2.5), math.floor(7))
