# Iterating dict.items() with int, str, float and tuple values.
ints = {"a": 1, "b": -2, "c": 2**70}
for k, v in ints.items():
    print(k, v, type(v).__name__)
strs = {1: "one", 2: "two", -1: "minus"}
for k, v in strs.items():
    print(k, v.upper())
floats = {"x": 0.1, "y": -0.0, "z": 1e300, "w": float("inf")}
for k, v in floats.items():
    print(k, v, v * 2)
tuples = {(1, 2): (3, 4), (5,): (), "s": ("t",)}
for k, v in tuples.items():
    print(k, v, len(v))
for k, (p, q) in {"m": (1, 2), "n": (3, 4)}.items():
    print(k, p + q)
for item in {"solo": 1.5}.items():
    print(item, type(item).__name__)
print(sum(v for _, v in ints.items()))
print(sum(v for k, v in floats.items() if k != "w" and k != "z"))
print({v: k for k, v in strs.items()})
print(sorted(ints.items(), key=lambda kv: kv[1]))
print(max(ints.items(), key=lambda kv: kv[1]))
print(list(floats.items())[1:3])
print([f"{k}={v}" for k, v in strs.items()])
print(",".join(f"{k}:{v}" for k, v in ints.items()))
empty: dict[str, int] = {}
for k, v in empty.items():
    print("never")
else:
    print("empty items done")
d = {}
d[3] = "c"
d[1] = "a"
d[2] = "b"
del d[1]
d[1] = "A"
for k, v in d.items():
    print("order", k, v)
