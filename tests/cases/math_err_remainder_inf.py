import math
print(math.remainder(5, math.inf))
print(math.remainder(math.inf, 5))
