# sum() with a str start raises before consuming any element of the generator.
def show(x):
    print("item", x)
    return x

print(sum((show(x) for x in [1, 2]), 10))
print(sum((show(x) for x in [1, 2, 3, 4]), "s"))
