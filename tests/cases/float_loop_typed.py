def integrate(n: int) -> float:
    h: float = 1.0 / n
    s: float = 0.0
    for i in range(n):
        x: float = (i + 0.5) * h
        s += 4.0 / (1.0 + x * x)
    return s * h

def harmonic(n: int) -> float:
    total: float = 0.0
    k: int = 1
    while k <= n:
        total += 1.0 / k
        k += 1
    return total

print(integrate(1000))
print(integrate(1))
print(harmonic(100))
print(harmonic(0))
v: float = 1.0
for i in range(60):
    v = v * 1.5 - 0.25
print(v)
