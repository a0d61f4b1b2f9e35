print(abs(5), abs(-5), abs(0), abs(-9223372036854775808))
print(min(3, 1, 2), max(3, 1, 2), min(-1, -2), max(-1, -2))
print(min(5, 5), max(0, -0))
a = 7
b = -7
print(max(a, b), min(a, b), max(abs(a), abs(b)))
print(min(2 ** 70, 2 ** 69), max(-2 ** 70, 3))
def clamp(x: int, lo: int, hi: int) -> int:
    return max(lo, min(x, hi))
for v in range(-3, 14, 4):
    print(v, clamp(v, 0, 10))
