print(1, -1, 0, 1.0, -0.0, 1e100, "s", True, None)
print(2 ** 100, -2 ** 100, 1 / 3)
print("mixed", 42, 4.2, False, sep=",")
x = None
print(x, x is None)
print("quote'", 'dq"', "back\\slash")
