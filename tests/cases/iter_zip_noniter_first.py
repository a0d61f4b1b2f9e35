# zip of a None as the first argument; nothing from the loop body prints.
def show(x):
    print("eval", x)
    return x

print("start")
pairs = zip(show(None), show([1, 2]))
print("never", pairs)
