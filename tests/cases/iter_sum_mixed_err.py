# sum() that meets a str after some ints.
def show(x):
    print("item", repr(x))
    return x

print(sum(show(x) for x in [1, 2.5]))
print(sum(show(x) for x in [1, 2, "3", 4]))
