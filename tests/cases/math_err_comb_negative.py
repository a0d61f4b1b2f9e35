import math
print(math.comb(5, 0), math.comb(0, 5))
print(math.comb(-1, 2))
