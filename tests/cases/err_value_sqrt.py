import math
print(math.sqrt(16))
x = 5
y = 7
print(math.sqrt(x - y))
