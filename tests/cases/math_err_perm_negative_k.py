import math
print(math.perm(3, 0))
print(math.perm(3, -1))
