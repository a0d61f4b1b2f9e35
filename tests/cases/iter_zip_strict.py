# zip(strict=True) raises ValueError at the mismatch, after yielding pairs.
print(list(zip([1, 2], "ab", strict=True)))
for a, b in zip([1, 2, 3], "ab", strict=True):
    print("pair", a, b)
