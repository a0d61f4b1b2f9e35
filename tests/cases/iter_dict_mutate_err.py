# Adding a key while iterating a dict raises RuntimeError.
d = {"a": 1, "b": 2}
for k, v in d.items():
    d[k] = v * 10
print(d)
for k in d:
    print("visiting", k)
    d[k + k] = 0
