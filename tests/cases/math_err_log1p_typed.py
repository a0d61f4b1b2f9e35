import math


def f(xs: list[float]) -> float:
    s = 0.0
    for x in xs:
        s += math.log1p(x)
    return s


print(f([0.5, 1.0]))
print(f([0.5, -1.0]))
