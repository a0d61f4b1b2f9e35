import math
print(math.trunc(-2.5), math.trunc(10**20))
print(math.trunc("2.5"))
