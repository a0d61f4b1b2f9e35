# str.join of a generator with a non-str item: CPython collects every item first.
def show(x):
    print("item", repr(x))
    return x

print("-".join(show(s) for s in ["a", "b"]))
print(",".join(show(x) for x in ["a", 1, "c", 2]))
