def add(a: int, b: int) -> int:
    return a + b

def mul_mod(a: int, b: int, m: int) -> int:
    return a * b % m

def sum_squares(n: int) -> int:
    s: int = 0
    for i in range(1, n + 1):
        s += i * i
    return s

def sign(x: int) -> int:
    if x > 0:
        return 1
    elif x < 0:
        return -1
    return 0

print(add(2, 3), add(-5, 5), add(10 ** 18, 10 ** 18))
print(mul_mod(123456789, 987654321, 1000000007), mul_mod(-7, 3, 5))
print(sum_squares(10), sum_squares(1000), sum_squares(0))
print(sign(-42), sign(0), sign(42), sign(-2 ** 70))
