a = 17
b = 5
print(a + b, a - b, a * b, a // b, a % b, a ** b)
print(b - a, -a, +a, -(-a))
print(a / b)
print(0 - 0, 0 * -1, -0)
c = a * b - (a + b) * 2 + a // 3
print(c)
print(2 + 3 * 4 ** 2 // 5 - 1)
print((2 + 3) * (4 - 6))
print(-2 ** 2, (-2) ** 2, 2 ** 3 ** 2)
print(1000000 * 1000000)
print(7 - 10 - 3, 100 // 10 // 3)
