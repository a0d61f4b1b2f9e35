def p(b: int, e: int) -> float:
    return b ** e

print(0 ** 0, 0.0 ** 2, p(2, -2))
e: int = -1
print(p(0, e))
