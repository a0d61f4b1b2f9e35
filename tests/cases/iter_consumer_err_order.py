# Which items are produced before a consumer fails depends on the consumer.
def show(x):
    print("item", repr(x))
    return x

def key(x):
    print("  key", repr(x))
    return 10 // x

print(tuple(show(x) for x in [1, 2]))
print(sorted((show(x) for x in [3, 1, 2]), key=key))
print(min((show(x) for x in [3, 1, 2]), key=key, default=None))
print(max((show(x) for x in [5, 4]), key=key))
print(sorted((show(x) for x in [2, 0, 1]), key=key))
