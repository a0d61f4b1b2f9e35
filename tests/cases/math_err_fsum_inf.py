import math
print(math.fsum([math.inf, 1.0]))
print(math.fsum([math.inf, -math.inf]))
