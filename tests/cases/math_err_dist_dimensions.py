import math
print(math.dist([1, 2], (3, 4)))
print(math.dist([1, 2], (3, 4, 5)))
