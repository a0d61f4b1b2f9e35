import math
print(math.prod([1, 2], start=3))
print(math.prod([1, 2], 3))
