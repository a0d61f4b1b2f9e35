import math

def newton(x: float, iters: int) -> float:
    guess = x / 2.0
    for _ in range(iters):
        guess = (guess + x / guess) / 2.0
    return guess

print(newton(2.0, 6), math.sqrt(2.0))
print(newton(10.0, 8), math.sqrt(10.0))
print(newton(12345.678, 20), math.sqrt(12345.678))
print(round(newton(0.001, 30), 12))
print(newton(2.0, 6) == math.sqrt(2.0))
