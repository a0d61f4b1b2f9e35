import math
a = math.floor(3.7)
b = math.ceil(3.2)
print(a, b, a + b, a / b, a // b)
print(math.floor(-1e-300), math.ceil(1e-300), math.floor(2.0 ** 60), math.ceil(2.0 ** 64))
print(math.floor(1.5e300) % 1000, math.floor(10 ** 40) // 10 ** 39)
