import math
print(math.tan(True), math.tan(2))
print(math.tan("0.5"))
