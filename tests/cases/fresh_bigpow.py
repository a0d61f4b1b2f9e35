def mod_pow(base: int, exp: int, mod: int) -> int:
    result = 1
    base = base % mod
    while exp > 0:
        if exp & 1:
            result = result * base % mod
        base = base * base % mod
        exp >>= 1
    return result

p = 2 ** 127 - 1
print(mod_pow(3, p - 1, p))
print(pow(3, p - 1, p))
print(mod_pow(12345678901234567890, 98765, 10 ** 30 + 57))
print(2 ** 200 // 3 ** 50, -(2 ** 100) % 7, (-2) ** 63, divmod(-10 ** 20, 7))
