# A local alias used before its assignment is an unbound local, as in CPython.
def f(x):
    return x * 2


def g():
    print("start")
    r = f(1)
    print(r)
    h(3)
    h = f
    return h(2)


print(g())
