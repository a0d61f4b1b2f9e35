d = dict([("a", 1)])
print(d)
d.update([("b", 2, 3)])
