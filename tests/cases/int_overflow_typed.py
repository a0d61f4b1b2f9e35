def grow(start: int, steps: int) -> int:
    x: int = start
    for i in range(steps):
        x = x * 3 + 1
    return x

def double_until(limit: int) -> int:
    x: int = 1
    n: int = 0
    while x < limit:
        x *= 2
        n += 1
    print(n, x)
    return x

print(grow(1, 38))
print(grow(1, 39))
print(grow(1, 40))
print(grow(-1, 45))
big: int = double_until(2 ** 63)
print(big - 1, big + 1)
m: int = 9223372036854775807
m += 1
print(m)
m = -9223372036854775807 - 1
print(m, m - 1, -m, m * -1, abs(m))
p: int = 4294967296
print(p * p, p * p - 1, -(p * p))
q: int = 3037000500
print(q * q)
