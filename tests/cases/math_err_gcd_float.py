import math
print(math.gcd(4, 6))
print(math.gcd(4, 6.0))
