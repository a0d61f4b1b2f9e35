import math
print(math.sin(0), math.cos(0), math.sin(math.pi), math.cos(math.pi))
print(math.sin(math.pi / 2), math.cos(math.pi / 2), math.sin(math.pi / 6), math.cos(math.pi / 3))
print(math.sin(1), math.cos(1), math.sin(-1), math.sin(-0.0))
print(math.sin(1e10), math.cos(1e10), math.sin(100), math.cos(0.5))
def sq(x: float) -> float:
    return math.sin(x) ** 2 + math.cos(x) ** 2
print(sq(0.3), sq(2), sq(10))
