# A missing key of a typed dict raises KeyError with the key's repr.
d = {"a": 1.5}
d["b"] = 2.5
print(d["a"] + d["b"])
print(d["zz"])
