import math

def root(n: int) -> int:
    return math.isqrt(n)

print(math.isqrt(15), root(10 ** 20))
print(root(-1))
