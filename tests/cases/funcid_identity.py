def f():
    return 1


def g(x, y=2):
    return x + y


print(f is f, f == f, {f: 1}.get(f), f != f)
print(g is g, {g: "g"}[g], [f, g].index(g), g(1))
h = f
print(h is f, h(), len({f, f, g}))


def pick():
    return f


print(pick() is f, pick()())
