def as_float(n: int) -> float:
    return float(n)

print(as_float(10 ** 300))
big: int = 10 ** 400
print(big % 1000)
print(as_float(big))
