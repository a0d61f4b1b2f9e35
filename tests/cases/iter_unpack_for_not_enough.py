# A for target that needs two values from a one-char str.
for a, b in ["xy", "zw"]:
    print(a, b)
for a, b in ["pq", "r"]:
    print(a, b)
