a = 1
b = 2
x = None
print(a < b is not None)
print(x is None is not False)
print(a is not None, x is not None)
print(None is None)
