import math
print(math.factorial(0))
print(math.factorial(-1))
