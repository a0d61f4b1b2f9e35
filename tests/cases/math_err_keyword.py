import math
print(math.sqrt(x=4))
