def split(a, b):
    return divmod(a, b)

print(divmod(9, 4))
print(split(-9, 4))
n: int = 0
print(split(2 ** 80, n))
