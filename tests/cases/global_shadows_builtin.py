print(len("ab"), str(5), list("xy"))
len = lambda s: 0
print(len("ab"))
def f():
    return sum([1, 2]), max(3, 4)
print(f())
sum = 10
print(f.__name__ if False else sum)
def g():
    return int("7") + 1
print(g())
int = float
print(g())
