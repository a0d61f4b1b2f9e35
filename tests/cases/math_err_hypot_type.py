import math
print(math.hypot(3, 4, True))
print(math.hypot(3, None))
