print(min(1, 2), max(1, 2), min(2, 1), max(2, 1))
print(min(3, 1, 4, 1, 5, 9, 2, 6), max(3, 1, 4, 1, 5, 9, 2, 6))
print(min(1.5, 1), max(1.5, 2), min(-1, -1.0), max(-1.0, -1))
print(min(True, 0), max(False, 0), max(True, 1), min(1, True))
print(min("b", "a"), max("ab", "b"), min(2 ** 64, 2 ** 63), max(-2 ** 64, -2 ** 65))
a = 10
b = 20
c = max(a, b) - min(a, b)
print(c)
