print(True > False, True >= 1, False < 1, True < 2, False == 0.0)
print(True == "True", False != "", True + True == 2)
a = 3 > 2
b = 2 > 3
print(a, b, a == b, a != b, a and b, a or b, not a)
print(a == True, b == False, (1 == 1) == True, a is not None)
c: bool = a and not b
print(c, "yes" if c else "no")
