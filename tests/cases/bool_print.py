print(True, False)
print(not 0, not 1)
print(1 < 2, 2 < 1, sep=" | ")
print(True, 1, 1.0, "1", None)
b = 0 < 1
print(b)
print(str(b) + str(not b))
