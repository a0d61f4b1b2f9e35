def to_int(x: float) -> int:
    return int(x)

n: float = float("nan")
print(n, to_int(2.5))
print(to_int(n))
