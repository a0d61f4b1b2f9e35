import math
print(math.lgamma(1e305))
print(math.lgamma(1e308))
