def inv(x: float) -> float:
    return 1.0 / x

x: float = 1.5
y: float = 0.0
print(x / 2.0, inv(x))
print(inv(y))
