# min() of a generator stops consuming at the first incomparable item.
def show(x):
    print("item", repr(x))
    return x

print(min(show(x) for x in [3, 1, 2]))
print(min(show(x) for x in [3, "a", 2, 0]))
