import math
print(math.log(x=4))
