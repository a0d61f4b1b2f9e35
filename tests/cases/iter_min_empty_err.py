# min() of an empty generator raises ValueError.
xs = [1, 2, 3]
print(min(x for x in xs if x > 1))
print(min((x for x in xs if x > 5), default="d"))
print(min(x for x in xs if x > 5))
