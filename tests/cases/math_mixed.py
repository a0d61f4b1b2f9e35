import math

def dist(x1: float, y1: float, x2: float, y2: float) -> float:
    return math.sqrt((x2 - x1) ** 2 + (y2 - y1) ** 2)

def circle_steps(n: int) -> float:
    s: float = 0.0
    for i in range(n):
        a: float = 2 * math.pi * i / n
        s += math.cos(a) * math.cos(a)
    return s

print(dist(0, 0, 3, 4), dist(1.5, -2, -1.5, 2), dist(0, 0, 0, 0))
print(circle_steps(8), circle_steps(100))
print(math.floor(math.log(10 ** 18) / math.log(10)), math.ceil(math.sqrt(99)))
print(math.isqrt(math.floor(1e18)), math.gcd(math.floor(60.9), math.ceil(47.1)))
