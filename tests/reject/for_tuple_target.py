for a, b in "ab":
    print(a, b)
