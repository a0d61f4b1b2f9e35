for k, v in [("a", 1), ("b", 2)]:
    print(k, v)
for k, v in ["ab", "cde"]:
    print(k, v)
