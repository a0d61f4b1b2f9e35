# sum() over a generator expression that raises partway: side effects before, none after.
def show(x):
    print("item", x)
    return x

print(sum(show(x) for x in [1, 2, 3]))
print(sum(show(1.0 / x) for x in [4, 2, 0, 1]))
print("never")
