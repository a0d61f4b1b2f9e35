import math
print(math.log(10**400), math.sqrt(10**300))
print(math.sqrt(10**400))
