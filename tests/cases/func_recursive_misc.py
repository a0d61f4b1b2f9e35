def gcd(a: int, b: int) -> int:
    if b == 0:
        return a
    return gcd(b, a % b)

def power(b, e):
    if e == 0:
        return 1
    half = power(b, e // 2)
    if e % 2:
        return half * half * b
    return half * half

def binom(n: int, k: int) -> int:
    if k == 0 or k == n:
        return 1
    return binom(n - 1, k - 1) + binom(n - 1, k)

def digits_sum(n):
    return n if n < 10 else n % 10 + digits_sum(n // 10)

print(gcd(1071, 462), gcd(2 ** 40, 6 ** 20), gcd(17, 5))
print(power(3, 13), power(2, 100), power(1.5, 3))
print(binom(10, 5), binom(20, 3), binom(5, 0))
print(digits_sum(987654321), digits_sum(2 ** 100))
