print(True + True, True * 3, -True, ~True, ~False, True / 2, True // 2, True % 2)
print(True - False, False ** 0, True ** 10, 2 ** True, True << 3, True & False, True | False, True ^ True)
print(True == 1, False == 0, True != False, True is not None, True == 1.0)
print(1 + True + 0.5, abs(True), abs(-True), min(True, 2), max(False, -1))
t = True
t += 1
print(t)
f = False
f -= 1
print(f)
