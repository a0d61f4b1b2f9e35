# range() with a float argument raises TypeError.
def f(n):
    return sum(i for i in range(n))
print(f(5))
print(f(5.0))
