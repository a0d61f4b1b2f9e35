# sum() of strs from a generator stops at the first str: 0 + 'a' fails.
def show(x):
    print("item", repr(x))
    return x

print(sum(show(x) for x in ["a", "b", 4]))
