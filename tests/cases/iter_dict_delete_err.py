# Deleting a key while iterating dict.values() raises RuntimeError.
d = {1: "a", 2: "b", 3: "c"}
for v in d.values():
    print("value", v)
    if v == "a":
        del d[3]
print("never")
