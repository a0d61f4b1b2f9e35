def to_int(x: float) -> int:
    return int(x)

print(to_int(1e300) % 1000)
x: float = float("inf")
print(x > 0)
print(to_int(x))
