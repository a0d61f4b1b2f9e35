import math
print(math.sqrt(2), math.sqrt(16), math.sqrt(0), math.sqrt(-0.0), math.sqrt(1e300), math.sqrt(2.25))
print(math.floor(2.5), math.floor(-2.5), math.floor(-0.5), math.floor(3), math.floor(-0.0))
print(math.ceil(2.5), math.ceil(-2.5), math.ceil(-0.5), math.ceil(3), math.ceil(2.0000001))
print(math.floor(1e20), math.ceil(-1e20), math.floor(True), math.ceil(0.0))
x: float = 10.7
print(math.floor(x) + 1, math.ceil(x) * 2, math.sqrt(x * x))
print(math.sqrt(float("inf")), math.sqrt(4) == 2, math.floor(2 ** 70) == 2 ** 70)
