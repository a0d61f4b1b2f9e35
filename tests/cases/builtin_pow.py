print(pow(2, 8), pow(2, -8), pow(2.0, 8), pow(-2, 7), pow(0, 0), pow(0.0, 0))
print(pow(3, 200, 1000), pow(-1, 2 ** 70), pow(7, -2, 10), pow(10, 18, 2 ** 61 - 1))
print(pow(9, 0.5), pow(27.0, 1 / 3), pow(2, 0.5) ** 2)
print(pow(10, 20), pow(10, -20), pow(-10, 3))
base: int = 3
for e in range(-2, 3):
    print(e, pow(base, e), base ** e, pow(base, e + 3, 5))
