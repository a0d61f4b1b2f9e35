import math
print(math.acos(1), math.acos(-1.0))
print(math.acos(1.0000000000000002))
