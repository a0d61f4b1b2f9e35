import math
print(math.log(10, 10))
print(math.log(10, 1))
