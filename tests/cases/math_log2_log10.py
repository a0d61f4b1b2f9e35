import math
from math import log10

for x in [1, 2, 8, 1024, 10, 1000, 0.5, 3.7, 2 ** 100, 10 ** 400, 7 ** 500]:
    print(x if x < 10 ** 20 else "big", math.log2(x), log10(x), math.log(x, 2))
print(math.log2(True), math.log10(1e-300), math.log2(float("inf")))
print(math.log10(0))
