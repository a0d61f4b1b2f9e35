def half(n):
    return n / 2

a: int = 1
b: int = 0
print(half(a), a / 3)
print(a / b)
