import math
print(math.fabs(-3), math.fabs(3), math.fabs(-2.5), math.fabs(-0.0), math.fabs(math.inf), math.fabs(-math.inf))
print(math.fabs(-10 ** 20), abs(-10 ** 20), math.fabs(True))
x = -7
print(math.fabs(x) == abs(x), math.fabs(x))
