import math

def norm(a: float, b: float) -> float:
    return math.sqrt(a * a - b * b)

def outer(a, b):
    r = norm(a, b)
    print("norm", r)
    return r

outer(5, 3)
outer(3, 5)
