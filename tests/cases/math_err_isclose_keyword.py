import math
print(math.isclose(1, 2, foo=3))
