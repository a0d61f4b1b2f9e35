import math


def g(x: float) -> float:
    return math.gamma(x)


print(g(2.5), g(-2.5))
print(g(-2.0))
