import math
print(math.exp(0), math.exp(1), math.exp(-1), math.exp(709), math.exp(-1000), math.exp(0.5))
print(math.log(1), math.log(math.e), math.log(10), math.log(2), math.log(0.5), math.log(1e-300))
print(math.log(10 ** 400), math.log(2 ** 1000), math.log(math.inf), math.exp(math.inf), math.exp(-math.inf))
print(math.log(math.exp(2.5)), math.exp(math.log(7)))
total: float = 0.0
for k in range(1, 11):
    total += math.log(k)
print(total, math.exp(total))
