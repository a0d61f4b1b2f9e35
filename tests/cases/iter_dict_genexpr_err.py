# dict() of a generator whose element has the wrong length.
def show(x):
    print("item", repr(x))
    return x

print(dict(show((k, v)) for k, v in zip("ab", [1, 2])))
print(dict(show(p) for p in [("a", 1), ("b", 2, 3), ("c", 4)]))
