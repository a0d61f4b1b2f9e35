x = 1
print("-".join(["a", "b"]))
print("-".join(["a", x, "b"]))
