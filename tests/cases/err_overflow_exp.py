import math

def grow(x: float) -> float:
    return math.exp(x)

print(math.exp(1))
print(grow(709))
print(grow(1000))
