for i in range(2 ** 63 - 2, 2 ** 63 + 2):
    print(i)
for i in range(-2 ** 63 + 1, -2 ** 63 - 2, -1):
    print(i)
for i in range(10 ** 20, 10 ** 21, 3 * 10 ** 20):
    print(i)
t: int = 0
for i in range(2 ** 62, 2 ** 62 + 1000):
    t += i
print(t)
