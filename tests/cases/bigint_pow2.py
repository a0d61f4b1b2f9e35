print(2 ** 200)
print(-2 ** 200)
print((-2) ** 201)
print(2 ** 64, 2 ** 64 - 1, 2 ** 63 - 1, -2 ** 63)
print(3 ** 100)
print(10 ** 50 + 1)
print(7 ** 77 % 10 ** 10)
x: int = 1
for i in range(130):
    x *= 2
print(x)
print(x // 2 ** 66, x >> 66, x % 2 ** 64)
