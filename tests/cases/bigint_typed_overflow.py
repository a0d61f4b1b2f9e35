def square(x: int) -> int:
    return x * x

def add(a: int, b: int) -> int:
    return a + b

def power(base: int, exp: int) -> int:
    r: int = 1
    while exp > 0:
        if exp % 2 == 1:
            r = r * base
        base = base * base
        exp = exp // 2
    return r

print(square(3037000499), square(3037000500), square(10 ** 20))
print(add(9223372036854775807, 1), add(-9223372036854775808, -1))
print(power(2, 63), power(3, 50), power(-7, 33))
s: int = 0
for i in range(100):
    s += 2 ** 60
print(s)
s -= 2 ** 60 * 100
print(s)
def shrink(x: int) -> int:
    return x // 10 ** 10
print(shrink(10 ** 25), shrink(-10 ** 25 - 1))
