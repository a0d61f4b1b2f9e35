def shl(a: int, b: int) -> int:
    return a << b

print(1 << 3, shl(1, 70))
k: int = -1
print(shl(1, k))
