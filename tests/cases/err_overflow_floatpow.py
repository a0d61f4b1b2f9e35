def power(b: float, e: float) -> float:
    return b ** e

print(10.0 ** 300)
print(power(2.0, 1023))
x: float = 10.0
print(power(x, 400))
