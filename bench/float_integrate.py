# Numeric integration (midpoint rule) of 4 / (1 + x^2) over [0, 1], i.e. pi:
# a float loop whose iterations are independent except for the running sum.
def integrate(n: int) -> float:
    h: float = 1.0 / n
    s: float = 0.0
    for i in range(n):
        x: float = (i + 0.5) * h
        s += 4.0 / (1.0 + x * x)
    return s * h


print(integrate(12000000))
