# min()/max() with key= call the key right after pulling each item.
def show(x):
    print("item", x)
    return x

def key(x):
    print("  key", x)
    return -x

print(min((show(x) for x in [3, 1, 2]), key=key))
print(max((show(x) for x in [3, 1, 2]), key=key))
print(min(map(show, [5, 4]), key=key))
print(max([show(x) for x in [7, 8]], key=key))
print(sorted((show(x) for x in [2, 1]), key=key))
