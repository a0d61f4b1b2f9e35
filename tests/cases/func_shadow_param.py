x = "global x"

def f(x):
    x = x + 1
    return x

def g():
    x = "local"
    return x

def h(n):
    n += 10
    return n

print(f(1), g(), x)
n = 5
print(h(n), n)
