def f(a, b, c=3):
    return a + b + c

print(f(1, 2))
print(f(1, c=5))
