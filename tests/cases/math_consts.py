import math
print(math.pi, math.e, math.inf, -math.inf)
print(math.pi * 2, math.e ** 2, math.pi / 4, round(math.pi, 4), round(math.e, 2))
print(math.inf > 10 ** 300, math.inf - math.inf, math.inf * 0 != math.inf * 0)
r: float = 2.5
print(math.pi * r * r)
