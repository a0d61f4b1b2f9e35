x = 5
print(not x > 3, not (x > 3), not x == 5, not not x)
print(x > 3 and x < 10, x < 3 or x > 4, not x > 3 or x > 4)
print(x > 3 and not x > 10 and x != 6)
print(True and False or True, True or False and False, (True or False) and False)
y = None
print(y is None, y is not None, not y is None, y is None and x > 1)
if not y:
    print("y falsy")
if x and not y:
    print("x truthy, y falsy")
