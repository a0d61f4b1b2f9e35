import math
print(math.comb(10**30, 3) > 0)
print(math.comb(10**30, 10**20))
