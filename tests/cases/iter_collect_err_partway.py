# list()/set() of a generator stop at the first failing element.
def show(x):
    print("item", repr(x))
    return x

print(list(show(x) for x in [1, 2]))
print(set(show(x) for x in [2, 1]))
print(set(show(x) for x in [1, [2], 3]))
