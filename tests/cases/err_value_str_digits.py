x: int = 10 ** 4299
print(len(str(x)))
y: int = x * 10
print(y % 7)
print(y)
