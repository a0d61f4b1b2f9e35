# Deleting one key and adding another keeps the size: CPython 3.11 does not raise here.
d = {"a": 1, "b": 2, "c": 3}
for k in d:
    print("visit", k)
    del d[k]
    d[k + "!"] = 0
print("never", d)
