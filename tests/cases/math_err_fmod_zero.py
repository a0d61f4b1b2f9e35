import math
print(math.fmod(1, 3))
print(math.fmod(1, 0))
