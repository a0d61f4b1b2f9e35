# A for loop over an empty enumerate never binds its targets.
def f():
    for i, x in enumerate([]):
        pass
    print("loop done")
    return i

print("start")
print(enumerate([]) is not None, list(enumerate([])), list(enumerate("", 3)))
f()
