def f(*args):
    return 0
print(f(1, 2))
