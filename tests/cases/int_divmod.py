print(divmod(17, 5))
print(divmod(-17, 5))
print(divmod(17, -5))
print(divmod(-17, -5))
print(divmod(0, 3))
print(divmod(2 ** 64, 7))
print(divmod(-2 ** 64, 7))
print(divmod(10 ** 30, -10 ** 12 - 1))
print(divmod(True, 2))
a = 100
b = 7
print(divmod(a, b), a // b, a % b)
