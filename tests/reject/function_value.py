def f():
    return 1
g = f
