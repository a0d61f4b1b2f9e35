d = {"a": 1}
print(list(d.keys())[0])
print(d.keys()[0])
