def depth(n: int) -> int:
    if n == 0:
        return 0
    return 1 + depth(n - 1)

print(depth(500))
print(depth(990))
print(depth(5000))
