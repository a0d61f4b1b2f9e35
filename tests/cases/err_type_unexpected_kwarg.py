def f(a, b=2):
    return a * b

print(f(3, b=4))
print(f(3, c=4))
