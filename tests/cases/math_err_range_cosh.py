import math
print(math.cosh(710.0))
print(math.cosh(-711))
