import math
print(math.ldexp(1.0, -10**20), math.ldexp(1.0, 1023))
print(math.ldexp(1.0, 10**20))
