d = dict(a=1, b=2)
print(d)
print(dict({"x": 1}, y=2), dict([("p", 0)], p=1, q=2))
e = {"k": 0}
e.update(k=5, z=6)
print(e)
print(dict(one=1, two=2) == {"two": 2, "one": 1})
