import math
f = math.sqrt
print(f(4))
print(f(1, 2))
