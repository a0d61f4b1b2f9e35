def f(n):
    a, b = n
    return a
print(f(5))
