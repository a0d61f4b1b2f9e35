print(abs(-3), abs(3), abs(0), abs(-0), abs(-2.5), abs(2.5), abs(-0.0))
print(abs(-2 ** 63), abs(-2 ** 64), abs(False), abs(-True))
def dist(a: int, b: int) -> int:
    return abs(a - b)
print(dist(3, 10), dist(10, 3), dist(-5, 5))
x: float = -1e308
print(abs(x * 10), abs(x))
